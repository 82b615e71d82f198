/** French text of Positional Encoding. */
import type { Catalogue } from '../en';

export const positional: Catalogue['positional'] = {};
