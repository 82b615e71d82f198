/** French text of Tensors and Encoding: embeddings. */
import type { Catalogue } from '../en';

export const vectors: Catalogue['vectors'] = {};
