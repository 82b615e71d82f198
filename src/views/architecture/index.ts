/** The architecture family's sections, for the page's list of sections. */
import { HighLevelSection } from './HighLevelSection';
import { ResidualsSection } from './ResidualsSection';

export const HIGH_LEVEL_LOOK = {
  id: 'high-level-look',
  title: 'A High-Level Look',
  Component: HighLevelSection,
};

export const RESIDUALS = {
  id: 'residuals',
  title: 'The Residuals',
  Component: ResidualsSection,
};
