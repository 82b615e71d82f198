/** French text of what the page says about a link it opened. */
import type { Catalogue } from '../en';

export const link: Catalogue['link'] = {};
