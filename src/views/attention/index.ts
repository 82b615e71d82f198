/** The attention family's sections, in the post's order, for the page's list of sections. */
import { DetailSection } from './DetailSection';
import { HighLevelSection } from './HighLevelSection';
import { ManyHeadsSection } from './ManyHeadsSection';
import { MapsSection } from './MapsSection';
import type { Section } from '../sections';

export const SELF_ATTENTION_HIGH_LEVEL: Section = {
  id: 'self-attention-high-level',
  title: 'Self-Attention at a High Level',
  Component: HighLevelSection,
};

export const SELF_ATTENTION_IN_DETAIL: Section = {
  id: 'self-attention-in-detail',
  title: 'Self-Attention in Detail',
  Component: DetailSection,
};

export const MANY_HEADS_LINES: Section = {
  id: 'many-heads-lines',
  title: 'The Beast With Many Heads: where each head looks',
  Component: ManyHeadsSection,
};

export const ATTENTION_MAPS: Section = {
  id: 'attention-maps',
  title: 'Attention maps of every layer and head',
  Component: MapsSection,
};
