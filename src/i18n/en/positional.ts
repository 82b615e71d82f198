/** English text of Positional Encoding. */
export const positional = {};
