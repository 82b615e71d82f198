/** English text of Present mode: its controls, step titles and captions, questions. */
export const present = {};
