/** The positional-encoding family's section, for the page's list of sections. */
import { PositionalSection } from './PositionalSection';

export const POSITIONAL_ENCODING = {
  id: 'positional-encoding',
  title: 'Representing The Order of The Sequence Using Positional Encoding',
  Component: PositionalSection,
};
