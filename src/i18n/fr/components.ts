/** French text of shared figure parts: export menu, tables, legends, tooltips. */
import type { Catalogue } from '../en';
import { number } from './numbers';

/** A word or sentence of the reader's, between guillemets with the spaces French sets inside. */
export const quoted = (text: string) => `«\u00a0${text}\u00a0»`;

export const components: Catalogue['components'] = {
  quoted,
  number,
};
