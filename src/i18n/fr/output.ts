/** French text of The Final Linear and Softmax Layer. */
import type { Catalogue } from '../en';

export const output: Catalogue['output'] = {};
