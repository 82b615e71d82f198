/**
 * What a shared link holds: everything needed to reproduce a view of the page. The link itself
 * is the part of the address after `#`, a list of `key=value` parts:
 *
 *   #sentence=the+animal+didn't+cross&model=en-fr&decoding=beam-4-2&view=present
 *    &section=attention-maps&layer=2&head=3&query=8&step=1&off=enc.2.4,dec-cross.1.3
 *    &compare=…&figure=alignment&hide=model,decoding&lock=sentence&size=150&lang=fr
 *
 * Layers, heads, words and steps count from 1 in the link, as the page labels them; inside the
 * page they count from 0, as the store does. `size` is the reader's text size in per cent, one of
 * TEXT_SIZES, left out at the page's own 100. `lang` is the language the page is written in,
 * left out for English; a link without one leaves the page in the reader's own language. `questions` lists the questions Present mode asks
 * before their figures (`questions=it-word,next-word,head-off`, any of them; none when left out),
 * so a teacher can prepare which to ask. The fragment is never sent to a server, so a long
 * link cannot be refused by one.
 */
import type { HeadAblation } from '../../engine';
import type { DecodingChoice } from '../../engine';
import type { Selection } from '../../store';
import type { HideableControl, LockableControl } from '../../store/linkSlice';
import type { PageView, PresentQuestion } from '../../store/presentationSlice';
import type { TextSize } from '../../store/uiSlice';
import type { Language } from '../../i18n/language';

export {
  HIDEABLE_CONTROLS,
  LOCKABLE_CONTROLS,
  type HideableControl,
  type LinkNotice,
  type LockableControl,
} from '../../store/linkSlice';

/** The page's three ways of showing itself: the long page, one section a screen, two sentences. */
export type LinkView = PageView;
export const LINK_VIEWS: readonly LinkView[] = ['page', 'present', 'compare'];

export interface LinkState {
  sentence?: string;
  /** A model key (see modelKey). */
  model?: string;
  decoding?: DecodingChoice;
  view: LinkView;
  /** A section id of src/views/sections.ts: the section in view, or the presentation's step. */
  section?: string;
  /** Counting from 0, as the store does; only the parts the link gives. */
  selection: Partial<Selection>;
  /** Heads switched off; none when the link names none. */
  heads?: HeadAblation;
  /** The second sentence of the compare view. */
  compare?: string;
  /** The figure the compare view draws for both sentences. */
  figure?: string;
  hidden: HideableControl[];
  locked: LockableControl[];
  /** The text size, in per cent; none when the link gives none, which leaves the page's as it is. */
  size?: TextSize;
  /** The page's language; none when the link gives none, which leaves the reader's. */
  language?: Language;
  /** The questions Present mode asks; none when the link gives none. */
  questions?: PresentQuestion[];
}

export const EMPTY_LINK: LinkState = { view: 'page', selection: {}, hidden: [], locked: [] };

/**
 * Longest sentence a link may carry. The model reads far fewer words than this (its maxLength),
 * so no real sentence is cut; a pasted page is, and the page says so.
 */
export const MAX_SENTENCE_LENGTH = 500;

/** Parts read from one link at most: a real link has about a dozen. */
export const MAX_LINK_PARTS = 40;

/**
 * Characters read from one link at most: far more than any link the page writes (two sentences
 * of MAX_SENTENCE_LENGTH characters as %-escapes, every head switched off), so only a pasted
 * page or a hostile link is cut.
 */
export const MAX_LINK_LENGTH = 200_000;

/** The beam sizes the decoding picker offers (the paper used 4). */
export const LINK_BEAM_SIZES: readonly number[] = [2, 3, 4, 5, 6, 8];

/** The order of the keys in a written link, and every key a link may hold. */
export const LINK_KEYS = [
  'sentence',
  'model',
  'decoding',
  'view',
  'section',
  'layer',
  'head',
  'query',
  'step',
  'off',
  'compare',
  'figure',
  'hide',
  'lock',
  'size',
  'lang',
  'questions',
] as const;
export type LinkKey = (typeof LINK_KEYS)[number];

/** The keys a link names the selection's parts by: `query` is a word of the sentence. */
export type SelectionKey = 'layer' | 'head' | 'query' | 'step';

/** The selection's fields under their names in the link. */
export const SELECTION_KEYS: readonly { key: SelectionKey; field: keyof Selection }[] = [
  { key: 'layer', field: 'layer' },
  { key: 'head', field: 'head' },
  { key: 'query', field: 'queryToken' },
  { key: 'step', field: 'step' },
];
