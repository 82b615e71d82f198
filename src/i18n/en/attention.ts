/** English text of self-attention at a high level, in detail, many heads as lines, attention maps. */
export const attention = {};
