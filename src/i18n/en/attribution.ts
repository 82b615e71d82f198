/** English text of Which words decided. */
export const attribution = {};
