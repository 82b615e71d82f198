/** The decoder side's sections, in the post's order, for the page's list of sections. */
import type { Section } from '../sections';
import { BeamSection } from './BeamSection';
import { DecoderSideSection } from './DecoderSideSection';

export const DECODER_SIDE: Section = {
  id: 'decoder-side',
  title: 'The Decoder Side',
  Component: DecoderSideSection,
};

export const GREEDY_VS_BEAM: Section = {
  id: 'greedy-vs-beam',
  title: 'Greedy Decoding and Beam Search',
  Component: BeamSection,
};
