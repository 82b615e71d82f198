/**
 * English text of what the page says about a link it opened: the parts it could not use, and
 * why. Every value quoted from the link arrives already shortened; layers, heads, words and steps
 * count from 1, as the page labels them.
 */
import type { AblatedSublayer } from '../../engine';
import type { SelectionKey } from '../../app/url/linkState';
import { quoted } from './components';

const count = (n: number) => n.toLocaleString('en-US');

const SENTENCES = { sentence: 'sentence', compare: 'second sentence' };

/** The parts of the selection, as a link names them: `query` is a word of the sentence. */
const NOUNS: Record<SelectionKey, string> = {
  layer: 'layer',
  head: 'head',
  query: 'word',
  step: 'decoding step',
};

/** How many of each the run has, and what has them. */
const COUNTED: Record<SelectionKey, { has: string; one: string; many: string }> = {
  layer: { has: 'this model has', one: 'layer', many: 'layers' },
  head: { has: 'each layer has', one: 'head', many: 'heads' },
  query: { has: 'the sentence has', one: 'token', many: 'tokens' },
  step: { has: 'the translation took', one: 'decoding step', many: 'decoding steps' },
};

const SUBLAYERS: Record<AblatedSublayer, string> = {
  enc: 'encoder self-attention',
  'dec-self': 'decoder self-attention',
  'dec-cross': 'encoder-decoder attention',
};

export const link = {
  /** The link is `length` characters long; only the first `limit` are read. */
  tooLong: (length: number, limit: number) =>
    `The link is ${count(length)} characters long, above the ${count(limit)} ` +
    `this page reads; only its first ${count(limit)} were read.`,
  /** The link has `parts` parts; only the first `limit` are read. */
  tooManyParts: (parts: number, limit: number) =>
    `The link has ${parts} parts; only the first ${limit} were read.`,
  /** A part whose name the page does not know. */
  unknownPart: (part: string) =>
    `The link’s part ${quoted(part)} is not one this page knows; it was left out.`,
  /** A part the link gives twice: the first is used. */
  repeated: (key: string) => `The link gives ${quoted(key)} more than once; the first was used.`,
  /** A part whose %-escapes do not read as UTF-8. */
  brokenEscape: (key: string) =>
    `The link’s ${key} has a broken %-escape and could not be read; it was left out.`,
  /** The sentence (or the compare view's second one) held halves of characters. */
  brokenSentence: (which: keyof typeof SENTENCES) =>
    `The link’s ${SENTENCES[which]} held broken characters; each was replaced by �.`,
  /** The sentence was `length` characters long and is cut to `limit`. */
  longSentence: (which: keyof typeof SENTENCES, length: number, limit: number) =>
    `The link’s ${SENTENCES[which]} was ${count(length)} characters long; only its first ` +
    `${count(limit)} are used.`,
  notModelName: (model: string) =>
    `The link’s model ${quoted(model)} is not a model name; it was left out.`,
  unknownView: (view: string) =>
    `The link’s view ${quoted(view)} is not one this page has; it shows the page.`,
  /** A section or figure written as no id is. */
  notAnId: (key: 'section' | 'figure', id: string) =>
    `The link’s ${key} ${quoted(id)} is not a ${key} name; it was left out.`,
  /** A section or figure the page does not have. */
  notOnPage: (key: 'section' | 'figure', id: string) =>
    `The link’s ${key} ${quoted(id)} is not on this page; it was left out.`,
  /**
   * Controls the link asks to hide or lock, or questions it asks Present mode to ask, that the
   * page does not have (`more` when there were more than those named); `offered` are those it has.
   */
  unknownControls: (
    verb: 'hide' | 'lock' | 'ask',
    names: readonly string[],
    more: boolean,
    offered: readonly string[],
  ) =>
    `The link asks to ${verb} ${names.map(quoted).join(', ')}${more ? '…' : ''}, which this page cannot; ` +
    `it can ${verb} ${offered.join(', ')}.`,
  notWholeNumber: (key: SelectionKey, value: string) =>
    `The link’s ${NOUNS[key]} ${quoted(value)} is not a whole number; it was left out.`,
  /** A layer, head, word or step below 1. */
  belowOne: (key: SelectionKey, asked: number) =>
    `The link asks for ${NOUNS[key]} ${asked}, but they count from 1: ${NOUNS[key]} 1 is shown.`,
  /** A layer, head, word or step past the `last` the run has (its count): the last is shown. */
  pastLast: (key: SelectionKey, asked: number, last: number) => {
    const { has, one, many } = COUNTED[key];
    return (
      `The link asks for ${NOUNS[key]} ${count(asked)}, but ${has} ` +
      `${last} ${last === 1 ? one : many}: ${NOUNS[key]} ${last} is shown.`
    );
  },
  unknownLanguage: (language: string, languages: readonly string[]) =>
    `The link’s language ${quoted(language)} is not one this page is written in ` +
    `(${languages.join(', ')}); the page stays in its language.`,
  unknownSize: (size: string, sizes: readonly number[]) =>
    `The link’s text size ${quoted(size)} is not one this page offers ` +
    `(${sizes.join(', ')} per cent); the text keeps its size.`,
  unknownDecoding: (decoding: string) =>
    `The link’s decoding ${quoted(decoding)} is not one this page knows (greedy, beam-4, beam-4-2); greedy decoding is used.`,
  /** A beam size the decoding picker does not offer: the nearest it does is used. */
  beamSize: (asked: number, offered: readonly number[], used: number) =>
    `The link asks for a beam of ${asked}; the page offers ${offered.join(', ')}, so a beam of ${used} is used.`,
  /** A count of returned beams outside 1 … beam size. */
  returnedBeams: (asked: number, beamSize: number, shown: number) =>
    `The link asks for ${asked} returned beams, but a beam of ${beamSize} returns 1 to ${beamSize}: ${shown} are shown.`,
  tooManyHeads: (heads: number, limit: number) =>
    `The link switches off ${count(heads)} heads, above the ${count(limit)} this page reads; ` +
    `only the first ${count(limit)} were read.`,
  /** Heads to switch off that are not written as `enc.2.4`. */
  unreadHeads: (entries: readonly string[], more: boolean) =>
    `The link’s heads to switch off ${entries.map(quoted).join(', ')}${more ? '…' : ''} are not ` +
    'written as enc.2.4 (kind, layer, head); they stay on.',
  /** A head the model lacks: it has `layers` layers of `heads` heads in that kind of attention. */
  headNotInModel: (
    kind: AblatedSublayer,
    layer: number,
    head: number,
    layers: number,
    heads: number,
  ) =>
    `The link switches off ${SUBLAYERS[kind]} layer ${layer}, head ${head}, ` +
    `but this model has ${layers} layers of ${heads} heads: it stays on.`,
  /** The link names a model the page lacks; `shown` is the label of the one it shows. */
  missingModel: (asked: string, shown: string) =>
    `This page has no model ${quoted(asked)}; it shows ${shown} instead.`,
  /** The model shown, before the page knows its label. */
  firstModel: 'its first model',
};
