/** The training lab's section, for the page's list of sections. */
import type { Section } from '../sections';
import { TrainingLabSection } from './TrainingLabSection';

export const TRAINING_LAB: Section = {
  id: 'training-lab',
  title: 'Training lab: train a Transformer in your browser',
  Component: TrainingLabSection,
};
