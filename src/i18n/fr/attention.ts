/** French text of self-attention at a high level, in detail, many heads as lines, attention maps. */
import type { Catalogue } from '../en';

export const attention: Catalogue['attention'] = {};
