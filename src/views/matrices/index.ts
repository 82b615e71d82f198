/** The matrix family's sections, in the post's order, for the page's list of sections. */
import type { Section } from '../sections';
import { ManyHeadsSection } from './ManyHeadsSection';
import { MatrixCalculationSection } from './MatrixCalculationSection';

export const MATRIX_CALCULATION: Section = {
  id: 'matrix-calculation',
  title: 'Matrix Calculation of Self-Attention',
  Component: MatrixCalculationSection,
};

export const MANY_HEADS: Section = {
  id: 'many-heads',
  title: 'The Beast With Many Heads',
  Component: ManyHeadsSection,
};
