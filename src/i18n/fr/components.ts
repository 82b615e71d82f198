/** French text of shared figure parts: export menu, tables, legends, tooltips. */
import type { Catalogue } from '../en';

export const components: Catalogue['components'] = {};
