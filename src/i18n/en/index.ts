/**
 * The page's English text, one part per area of the page: the catalogue every other language
 * follows. A string is a value; a sentence built around the reader's numbers or words is a
 * function of them. The French catalogue has this type, so a key missing there fails to compile.
 */
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

export const en = {
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

/** Every text of the page, by area: the shape each language's catalogue has. */
export type Catalogue = typeof en;
