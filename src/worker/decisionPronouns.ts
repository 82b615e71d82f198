/** The two French pronouns the post's "it" decision is between: "il" (the animal) or "elle" (the street). */
export const FIRST = 'il';
export const SECOND = 'elle';
