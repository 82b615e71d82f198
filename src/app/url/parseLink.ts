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

/** The link in `hash` (with or without its leading `#`). */
export function parseLink(hash: string): ParsedLink {
  const notices: LinkNotice[] = [];
  const say = (key: string, text: string) => notices.push({ key, text });
  const link: LinkState = { ...EMPTY_LINK, selection: {}, hidden: [], locked: [] };
  const seen = new Set<LinkKey>();

  let text = hash.replace(/^#/, '');
  if (text.length > MAX_LINK_LENGTH) {
    const count = (n: number) => n.toLocaleString('en-US');
    say(
      'link',
      `The link is ${count(text.length)} characters long, above the ${count(MAX_LINK_LENGTH)} ` +
        `this page reads; only its first ${count(MAX_LINK_LENGTH)} were read.`,
    );
    text = text.slice(0, MAX_LINK_LENGTH);
  }
  let parts = text.split('&').filter((part) => part !== '');
  if (parts.length > MAX_LINK_PARTS) {
    say('link', `The link has ${parts.length} parts; only the first ${MAX_LINK_PARTS} were read.`);
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
      say('link', `The link’s part “${shown}” is not one this page knows; it was left out.`);
      continue;
    }
    if (seen.has(key)) {
      say(key, `The link gives “${key}” more than once; the first was used.`);
      continue;
    }
    seen.add(key);
    const value = decodePart(equals < 0 ? '' : part.slice(equals + 1));
    if (value === null) {
      say(key, `The link’s ${key} has a broken %-escape and could not be read; it was left out.`);
      continue;
    }
    readPart(link, key, value, say);
  }
  return { link, notices };
}

type Say = (key: string, text: string) => void;

function readPart(link: LinkState, key: LinkKey, value: string, say: Say): void {
  switch (key) {
    case 'sentence':
    case 'compare': {
      const which = key === 'sentence' ? 'sentence' : 'second sentence';
      link[key] = readSentence(value, (text) => say(key, `The link’s ${which} ${text}`));
      return;
    }
    case 'model':
      if (MODEL_KEY.test(value)) link.model = value;
      else say(key, `The link’s model “${shorten(value)}” is not a model name; it was left out.`);
      return;
    case 'decoding': {
      const read = readDecoding(value);
      if (read.decoding) link.decoding = read.decoding;
      read.notices.forEach((n) => say(n.key, n.text));
      return;
    }
    case 'view': {
      const view = LINK_VIEWS.find((v) => v === value);
      if (view) link.view = view;
      else
        say(
          key,
          `The link’s view “${shorten(value)}” is not one this page has; it shows the page.`,
        );
      return;
    }
    case 'section':
    case 'figure':
      if (ID.test(value)) link[key] = value;
      else say(key, `The link’s ${key} “${shorten(value)}” is not a ${key} name; it was left out.`);
      return;
    case 'off': {
      const read = readHeads(value);
      if (read.heads.length > 0) link.heads = read.heads;
      read.notices.forEach((n) => say(n.key, n.text));
      return;
    }
    case 'hide':
      link.hidden = readControls(value, HIDEABLE_CONTROLS, 'hide', say);
      return;
    case 'lock':
      link.locked = readControls(value, LOCKABLE_CONTROLS, 'lock', say);
      return;
    case 'questions':
      link.questions = readControls(value, PRESENT_QUESTIONS, 'ask', say);
      return;
    case 'layer':
    case 'head':
    case 'query':
    case 'step':
      readIndex(link.selection, key, value, say);
      return;
    case 'lang': {
      const language = asLanguage(value);
      if (language) link.language = language;
      else
        say(
          key,
          `The link’s language “${shorten(value)}” is not one this page is written in ` +
            `(${LANGUAGES.join(', ')}); the page stays in its language.`,
        );
      return;
    }
    case 'size': {
      const size = WHOLE_NUMBER.test(value) ? asTextSize(Number(value)) : undefined;
      if (size !== undefined) link.size = size;
      else
        say(
          key,
          `The link’s text size “${shorten(value)}” is not one this page offers ` +
            `(${TEXT_SIZES.join(', ')} per cent); the text keeps its size.`,
        );
      return;
    }
  }
}

/** The sentence, repaired where it must be and cut to MAX_SENTENCE_LENGTH, saying so. */
function readSentence(value: string, say: (text: string) => void): string {
  let sentence = value;
  if (hasLoneSurrogate(sentence)) {
    say('held broken characters; each was replaced by �.');
    sentence = wellFormed(sentence);
  }
  if (sentence.length > MAX_SENTENCE_LENGTH) {
    say(
      `was ${sentence.length.toLocaleString('en-US')} characters long; only its first ` +
        `${MAX_SENTENCE_LENGTH} are used.`,
    );
    sentence = firstCharacters(sentence, MAX_SENTENCE_LENGTH);
  }
  return withoutControls(sentence);
}

/** A comma-separated list of control names; unknown names are left out. */
function readControls<Name extends string>(
  value: string,
  names: readonly Name[],
  key: 'hide' | 'lock' | 'ask',
  say: Say,
): Name[] {
  const listed = value.split(',').filter((name) => name !== '');
  const known = names.filter((name) => listed.includes(name));
  const unknown = listed.filter((name) => !names.some((n) => n === name));
  if (unknown.length > 0) {
    const quoted = unknown.slice(0, 5).map((name) => `“${shorten(name, 20)}”`);
    say(
      key === 'ask' ? 'questions' : key,
      `The link asks to ${key} ${quoted.join(', ')}${unknown.length > 5 ? '…' : ''}, which this page cannot; ` +
        `it can ${key} ${names.join(', ')}.`,
    );
  }
  return known;
}

/** A layer, head, word or step, counted from 1 in the link and from 0 in the page. */
function readIndex(
  selection: Partial<Selection>,
  key: 'layer' | 'head' | 'query' | 'step',
  value: string,
  say: Say,
): void {
  const { field, noun } = SELECTION_KEYS.find((s) => s.key === key) ?? SELECTION_KEYS[0];
  if (!WHOLE_NUMBER.test(value)) {
    say(key, `The link’s ${noun} “${shorten(value)}” is not a whole number; it was left out.`);
    return;
  }
  const asked = Number(value);
  if (asked < 1) {
    say(key, `The link asks for ${noun} ${asked}, but they count from 1: ${noun} 1 is shown.`);
  }
  selection[field] = Math.max(asked, 1) - 1;
}

function isLinkKey(key: string): key is LinkKey {
  return LINK_KEYS.some((k) => k === key);
}
