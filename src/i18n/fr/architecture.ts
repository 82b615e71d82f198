/** French text of A High-Level Look and The Residuals. */
import type { Catalogue } from '../en';

export const architecture: Catalogue['architecture'] = {};
