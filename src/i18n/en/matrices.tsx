/** English text of Matrix Calculation and Many Heads. */
export const matrices = {};
