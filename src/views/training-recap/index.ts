/** The training recap's sections, in the post's order, for the page's list of sections. */
import type { Section } from '../sections';
import { LossSection } from './LossSection';
import { TrainingRecapSection } from './TrainingRecapSection';

export const RECAP_OF_TRAINING: Section = {
  id: 'recap-of-training',
  title: 'Recap Of Training',
  Component: TrainingRecapSection,
};

export const THE_LOSS_FUNCTION: Section = {
  id: 'loss-function',
  title: 'The Loss Function',
  Component: LossSection,
};
