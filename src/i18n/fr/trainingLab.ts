/** French text of the training lab. */
import type { Catalogue } from '../en';

export const trainingLab: Catalogue['trainingLab'] = {};
