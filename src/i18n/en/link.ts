/** English text of what the page says about a link it opened: the parts it could not use, and why. */
export const link = {};
