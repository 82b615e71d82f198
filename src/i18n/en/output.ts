/** English text of The Final Linear and Softmax Layer. */
export const output = {};
