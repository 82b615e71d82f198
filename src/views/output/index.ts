/** The output layer's section, for the page's list of sections. */
import type { Section } from '../sections';
import { FinalLayerSection } from './FinalLayerSection';

export const FINAL_LINEAR_AND_SOFTMAX: Section = {
  id: 'final-linear-softmax',
  title: 'The Final Linear and Softmax Layer',
  Component: FinalLayerSection,
};
