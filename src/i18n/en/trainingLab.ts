/** English text of the training lab. */
export const trainingLab = {};
