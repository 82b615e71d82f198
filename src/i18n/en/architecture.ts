/** English text of A High-Level Look and The Residuals. */
export const architecture = {};
