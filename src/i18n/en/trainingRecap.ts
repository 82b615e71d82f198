/** English text of Recap of Training and The Loss Function. */
export const trainingRecap = {};
