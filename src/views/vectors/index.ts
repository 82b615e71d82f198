/** The vector family's sections, for the page's list of sections. */
import { EncodingSection } from './EncodingSection';
import { TensorsSection } from './TensorsSection';

export const TENSORS = {
  id: 'tensors',
  title: 'Bringing The Tensors Into The Picture',
  Component: TensorsSection,
};

export const ENCODING = {
  id: 'encoding',
  title: 'Now We’re Encoding!',
  Component: EncodingSection,
};
