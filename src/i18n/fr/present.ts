/** French text of Present mode: its controls, step titles and captions, questions. */
import type { Catalogue } from '../en';

export const present: Catalogue['present'] = {};
