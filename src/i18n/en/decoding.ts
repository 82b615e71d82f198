/** English text of The Decoder Side and Greedy vs Beam. */
export const decoding = {};
