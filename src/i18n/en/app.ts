/** English text of the page's frame: sentence bar, pickers, status, notices, link notices, compare view, banners, errors. */
import type { WordKind } from '../../worker/wordKinds';

type LanguageCode = 'en' | 'fr';

/** How a model came to be on the list: shipped trained, its seeded twin, or the page's own. */
export type ModelOrigin = 'trained' | 'beforeTraining' | 'builtIn';

const LANGUAGE_IN_TEXT: Record<LanguageCode, string> = { en: 'English', fr: 'French' };

/** A language as this catalogue writes it in a sentence; an unknown code as it is. */
const languageInText = (code: string) => LANGUAGE_IN_TEXT[code as LanguageCode] ?? code;

const count = (n: number) => n.toLocaleString('en-US');

export const app = {
  language: 'Language',
  /** Each language named in itself, as a reader looking for their own finds it. */
  languageName: { en: 'English', fr: 'Français' },
  textSize: 'Text size',
  /** A text size in the picker, in per cent; the page's own is marked normal. */
  textSizeChoice: (percent: number, normal: boolean) =>
    normal ? `${percent}% (normal)` : `${percent}%`,

  /** The sentence box's label, naming the language the model reads. */
  yourSentence: (language: string) => `Your sentence (${languageInText(language)})`,
  fixedByLink: ' · fixed by the link',
  tokensRead: 'Tokens the model reads',
  unknownToken: 'unknown to the model: read as <unk>',
  translation: 'Translation',
  translationEmpty:
    '(nothing: the first word the model chose was the end-of-sentence mark, so its translation ends before it starts; words it knows give it more to go on)',

  model: 'Model',
  modelsLoading: 'Loading the list of models…',
  /** "English → French", "English → French, before training". */
  modelLabel: (source: string, target: string, origin: ModelOrigin) => {
    const pair = `${languageInText(source)} → ${languageInText(target)}`;
    if (origin === 'beforeTraining') return `${pair}, before training`;
    return origin === 'builtIn' ? `${pair}, untrained (built in)` : pair;
  },

  decoding: 'Decoding',
  greedy: 'greedy',
  beamSearch: 'beam search',
  beamSize: 'beam size',

  loadingModel: 'Loading the model…',
  running: (stages: number, last: string | null) =>
    `Running: ${stages} stages received${last ? `, last ${last}` : ''}…`,
  translated: (roundTripMs: number, computeMs: number, stages: number, megabytes: number) =>
    `Translated in ${roundTripMs.toFixed(1)} ms (engine ${computeMs.toFixed(1)} ms); ` +
    `trace of ${stages} stages, ${megabytes.toFixed(2)} MB.`,
  parameters: (n: number) => `${count(n)} parameters`,

  translateAgain: 'Translate again',
  dismiss: 'Dismiss',
  retry: 'Retry',
  figureFailed: (reason: string) => `This figure could not be drawn for this sentence: ${reason}`,

  untrainedTitle: 'This model is untrained.',
  untrainedBody:
    ' Its weights are seeded random numbers, so its translation is nonsense; every number is still the real output of the engine on your sentence.',
  untrainedNoneShips: ' No trained model ships with the page yet.',
  untrainedPickTrained: ' Pick the trained model to compare it with what training changed.',

  /** After the engine's sentence: how the figures label the unknown words. */
  unknownLabelled: (labels: readonly string[]) =>
    ` The figures label ${labels.length === 1 ? 'it' : 'them'} ${labels.join(', ')}.`,
  insteadOf: 'Instead of ',
  tryThese: ', try',
  /** A kind of word as a learner says it. */
  wordKinds: {
    noun: 'a noun',
    adjective: 'an adjective',
    verb: 'a verb',
    be: 'a form of “to be”',
    auxiliary: 'a helper verb',
    infinitive: '“to”',
    determiner: 'a determiner',
    subject: 'a subject pronoun',
    pronoun: 'a pronoun',
    preposition: 'a preposition',
    number: 'a number',
    degree: 'a word like “very”',
    negation: 'a negation',
    conjunction: 'a linking word',
    time: 'a time word',
  } satisfies Record<WordKind, string>,
  /** "a noun or an adjective here". */
  kindHere: (kinds: readonly string[]) => `${kinds.join(' or ')} here`,

  readAsNames: (n: number) => `Read as ${n === 1 ? 'a name' : 'names'}:`,
  nameGender: (feminine: boolean, guessed: boolean) =>
    `${feminine ? 'a woman' : 'a man'}${guessed ? ', a guess from the sentence' : ''}`,
  namesExplained:
    '. The model never learned names: it learned to carry a name placeholder into the translation, and the page writes the name back.',

  headsBackOn: 'Switch every head back on',

  copyLink: 'Copy link',
  linkCopied: 'Link copied:',
  copyThisLink: 'Copy this link:',
  linkToView: 'Link to this view',

  linkNotUsed: 'Some of this link could not be used as given:',
  linkPartsNotUsed: (n: number) =>
    `${n === 1 ? '1 part' : `${n} parts`} of the link could not be used`,
  fixedByTheLink: 'Fixed by the link',
  controlNames: {
    sentence: 'the sentence box',
    model: 'the model picker',
    decoding: 'the decoding choice',
    present: 'the presentation button',
    compare: 'the comparison of two sentences',
  },
  /** "This link hides the model picker and fixes the sentence box, to keep the exercise focused." */
  linkControls: (hidden: readonly string[], fixed: readonly string[]) => {
    const said = [
      hidden.length > 0 && `hides ${listed(hidden)}`,
      fixed.length > 0 && `fixes ${listed(fixed)}`,
    ].filter(Boolean);
    return `This link ${said.join(' and ')}, to keep the exercise focused.`;
  },
  showAllControls: 'Show all controls',
};

/** "a", "a and b", "a, b and c". */
function listed(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
