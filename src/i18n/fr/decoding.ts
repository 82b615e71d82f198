/** French text of The Decoder Side and Greedy vs Beam. */
import type { Catalogue } from '../en';

export const decoding: Catalogue['decoding'] = {};
