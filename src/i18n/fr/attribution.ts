/** French text of Which words decided. */
import type { Catalogue } from '../en';

export const attribution: Catalogue['attribution'] = {};
