/** French text of Matrix Calculation and Many Heads. */
import type { Catalogue } from '../en';

export const matrices: Catalogue['matrices'] = {};
