/** French text of Recap of Training and The Loss Function. */
import type { Catalogue } from '../en';

export const trainingRecap: Catalogue['trainingRecap'] = {};
