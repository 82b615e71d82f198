/** The page's French text, one part per area of the page, shaped as the English catalogue. */
import type { Catalogue } from '../en';
import { app } from './app';
import { page } from './page';
import { link } from './link';
import { errors } from './errors';
import { present } from './present';
import { sections } from './sections';
import { components } from './components';
import { architecture } from './architecture';
import { vectors } from './vectors';
import { positional } from './positional';
import { attention } from './attention';
import { matrices } from './matrices';
import { attribution } from './attribution';
import { decoding } from './decoding';
import { output } from './output';
import { trainingRecap } from './trainingRecap';
import { trainingLab } from './trainingLab';
import { compare } from './compare';

export const fr: Catalogue = {
  app,
  page,
  link,
  errors,
  present,
  sections,
  components,
  architecture,
  vectors,
  positional,
  attention,
  matrices,
  attribution,
  decoding,
  output,
  trainingRecap,
  trainingLab,
  compare,
};
