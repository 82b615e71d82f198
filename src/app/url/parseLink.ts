/**
 * Reading a link. Any text is a link: each part the page can use is taken, each part it cannot
 * is left out with a notice saying which and why, and nothing is ever thrown. The values are
 * only read here; whether the model, the section and the figure exist is checked by the page
 * (resolveLink.ts), and the selection is clamped once the run it applies to has arrived.
 */
import type { Selection } from '../../store';
import { asTextSize, TEXT_SIZES } from '../../store/uiSlice';
import { PRESENT_QUESTIONS } from '../../store/presentationSlice';
import { asLanguage, LANGUAGES } from '../../i18n/language';
import { link as english } from '../../i18n/en/link';
import type { Catalogue } from '../../i18n';
import { readDecoding, shorten } from './decodingText';
import { readHeads } from './headsText';
import {
  EMPTY_LINK,
  HIDEABLE_CONTROLS,
  LINK_KEYS,
  LINK_VIEWS,
  LOCKABLE_CONTROLS,
  MAX_LINK_LENGTH,
  MAX_LINK_PARTS,
  MAX_SENTENCE_LENGTH,
  SELECTION_KEYS,
  type LinkKey,
  type LinkNotice,
  type LinkState,
  type SelectionKey,
} from './linkState';
import {
  decodePart,
  firstCharacters,
  hasLoneSurrogate,
  wellFormed,
  withoutControls,
} from './linkText';

export interface ParsedLink {
  link: LinkState;
  notices: LinkNotice[];
}

/** An id as sections and figures have: lower-case words joined by hyphens. */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A model key: a folder name, perhaps after `untrained:` or `trained:`. */
const MODEL_KEY = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,63}$/;
const WHOLE_NUMBER = /^-?\d{1,12}$/;

/** The words of the notices, in one of the page's languages. */
type Words = Catalogue['link'];

/** The link in `hash` (with or without its leading `#`), its notices written with `words`. */
export function parseLink(hash: string, words: Words = english): ParsedLink {
  const notices: LinkNotice[] = [];
  const say = (key: string, text: string) => notices.push({ key, text });
  const link: LinkState = { ...EMPTY_LINK, selection: {}, hidden: [], locked: [] };
  const seen = new Set<LinkKey>();

  let text = hash.replace(/^#/, '');
  if (text.length > MAX_LINK_LENGTH) {
    say('link', words.tooLong(text.length, MAX_LINK_LENGTH));
    text = text.slice(0, MAX_LINK_LENGTH);
  }
  let parts = text.split('&').filter((part) => part !== '');
  if (parts.length > MAX_LINK_PARTS) {
    say('link', words.tooManyParts(parts.length, MAX_LINK_PARTS));
    parts = parts.slice(0, MAX_LINK_PARTS);
  }
  // A bare `#attention-maps`, as an anchor link writes it, names a section.
  if (parts.length === 1 && !parts[0].includes('=') && ID.test(parts[0])) {
    return { link: { ...link, section: parts[0] }, notices };
  }

  for (const part of parts) {
    const equals = part.indexOf('=');
    const rawKey = equals < 0 ? part : part.slice(0, equals);
    const key = decodePart(rawKey);
    if (key === null || !isLinkKey(key)) {
      const shown = key === null ? shorten(wellFormed(rawKey)) : shorten(wellFormed(key));
      say('link', words.unknownPart(shown));
      continue;
    }
    if (seen.has(key)) {
      say(key, words.repeated(key));
      continue;
    }
    seen.add(key);
    const value = decodePart(equals < 0 ? '' : part.slice(equals + 1));
    if (value === null) {
      say(key, words.brokenEscape(key));
      continue;
    }
    readPart(link, key, value, words, say);
  }
  return { link, notices };
}

type Say = (key: string, text: string) => void;

function readPart(link: LinkState, key: LinkKey, value: string, words: Words, say: Say): void {
  switch (key) {
    case 'sentence':
    case 'compare': {
      link[key] = readSentence(value, key, words, say);
      return;
    }
    case 'model':
      if (MODEL_KEY.test(value)) link.model = value;
      else say(key, words.notModelName(shorten(value)));
      return;
    case 'decoding': {
      const read = readDecoding(value, words);
      if (read.decoding) link.decoding = read.decoding;
      read.notices.forEach((n) => say(n.key, n.text));
      return;
    }
    case 'view': {
      const view = LINK_VIEWS.find((v) => v === value);
      if (view) link.view = view;
      else say(key, words.unknownView(shorten(value)));
      return;
    }
    case 'section':
    case 'figure':
      if (ID.test(value)) link[key] = value;
      else say(key, words.notAnId(key, shorten(value)));
      return;
    case 'off': {
      const read = readHeads(value, words);
      if (read.heads.length > 0) link.heads = read.heads;
      read.notices.forEach((n) => say(n.key, n.text));
      return;
    }
    case 'hide':
      link.hidden = readControls(value, HIDEABLE_CONTROLS, 'hide', words, say);
      return;
    case 'lock':
      link.locked = readControls(value, LOCKABLE_CONTROLS, 'lock', words, say);
      return;
    case 'questions':
      link.questions = readControls(value, PRESENT_QUESTIONS, 'ask', words, say);
      return;
    case 'layer':
    case 'head':
    case 'query':
    case 'step':
      readIndex(link.selection, key, value, words, say);
      return;
    case 'lang': {
      const language = asLanguage(value);
      if (language) link.language = language;
      else say(key, words.unknownLanguage(shorten(value), LANGUAGES));
      return;
    }
    case 'size': {
      const size = WHOLE_NUMBER.test(value) ? asTextSize(Number(value)) : undefined;
      if (size !== undefined) link.size = size;
      else say(key, words.unknownSize(shorten(value), TEXT_SIZES));
      return;
    }
  }
}

/**
 * The sentence (`compare`: the compare view's second one), repaired where it must be and cut to
 * MAX_SENTENCE_LENGTH, saying so.
 */
function readSentence(
  value: string,
  which: 'sentence' | 'compare',
  words: Words,
  say: Say,
): string {
  let sentence = value;
  if (hasLoneSurrogate(sentence)) {
    say(which, words.brokenSentence(which));
    sentence = wellFormed(sentence);
  }
  if (sentence.length > MAX_SENTENCE_LENGTH) {
    say(which, words.longSentence(which, sentence.length, MAX_SENTENCE_LENGTH));
    sentence = firstCharacters(sentence, MAX_SENTENCE_LENGTH);
  }
  return withoutControls(sentence);
}

/** A comma-separated list of control names; unknown names are left out. */
function readControls<Name extends string>(
  value: string,
  names: readonly Name[],
  key: 'hide' | 'lock' | 'ask',
  words: Words,
  say: Say,
): Name[] {
  const listed = value.split(',').filter((name) => name !== '');
  const known = names.filter((name) => listed.includes(name));
  const unknown = listed.filter((name) => !names.some((n) => n === name));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).map((name) => shorten(name, 20));
    say(
      key === 'ask' ? 'questions' : key,
      words.unknownControls(key, shown, unknown.length > 5, names),
    );
  }
  return known;
}

/** A layer, head, word or step, counted from 1 in the link and from 0 in the page. */
function readIndex(
  selection: Partial<Selection>,
  key: SelectionKey,
  value: string,
  words: Words,
  say: Say,
): void {
  const { field } = SELECTION_KEYS.find((s) => s.key === key) ?? SELECTION_KEYS[0];
  if (!WHOLE_NUMBER.test(value)) {
    say(key, words.notWholeNumber(key, shorten(value)));
    return;
  }
  const asked = Number(value);
  if (asked < 1) say(key, words.belowOne(key, asked));
  selection[field] = Math.max(asked, 1) - 1;
}

function isLinkKey(key: string): key is LinkKey {
  return LINK_KEYS.some((k) => k === key);
}
