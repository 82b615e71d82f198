/** English text of Tensors and Encoding: embeddings. */
export const vectors = {};
