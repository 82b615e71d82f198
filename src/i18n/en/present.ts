/** English text of Present mode: its controls, step titles and captions, questions. */
import { formatValue } from '../../components/format';

/** “word”, in the quotation marks of the language. */
const quoted = (word: string) => `“${word}”`;

export const present = {
  /** The button that starts Present mode, on the page. */
  start: 'Present',
  region: 'Presentation',
  sentence: 'Sentence',
  stepOf: (step: number, count: number) => `Step ${step} of ${count}`,
  goToStep: 'Go to step',
  fullScreen: 'Full screen',
  leave: 'Leave (Esc)',
  progress: 'Progress through the steps',
  stepsNav: 'Steps',
  previous: '← Previous',
  next: 'Next →',
  keys: (count: number) => `← → or Space to move · Home, End · 1–${count} to jump · Esc to leave`,
  /** The key hint while a question waits for the class's answer. */
  questionKeys: (choices: number) =>
    `1–${Math.min(choices, 9)} to choose · → or Space to reveal · ← back · Esc to leave`,

  /** The toggle of the questions asked before some figures. */
  questionsToggle: (on: boolean) => `Questions: ${on ? 'on' : 'off'}`,
  questionsToggleTitle:
    'Ask the class a question before some figures, then reveal the model’s own answer',

  question: {
    label: 'Question for the class',
    choices: 'Choices',
    reveal: 'Reveal',
    waiting: 'The model’s numbers are on their way…',
    yes: 'Yes',
    no: 'No',
    right: 'the model’s answer',
    picked: 'your choice',
    rightGuess: 'Right!',
    wrongGuess: 'Not this time.',
    itWord: (word: string) => `Which word will ${quoted(word)} look at most in this head?`,
    itWordDetail: (layer: number, head: number) => `Encoder layer ${layer}, head ${head}.`,
    nextWord: 'Which word will the decoder write next?',
    nextWordDetail: (written: readonly string[]) =>
      written.length === 0
        ? 'It has written nothing yet: this is its first word.'
        : `It has written ${quoted(written.join(' '))} so far.`,
    headOff: (word: string) =>
      `Will switching off this head make the model less sure of ${quoted(word)}?`,
    headOffDetail: (head: string, itHead: boolean) =>
      itHead ? `${head}: the head that resolves “it”.` : `${head}.`,
    /** Why the answer is right, with the model's own number. */
    itWordWhy: (word: string, target: string, weight: number) =>
      `${quoted(word)} gives ${weight.toFixed(2)} of its attention to ${quoted(target)}, more than to any other word.`,
    nextWordWhy: (word: string, probability: number, top: boolean) =>
      top
        ? `The decoder gives ${quoted(word)} a probability of ${formatValue(probability)}, the highest of all its words, and writes it.`
        : `Beam search writes ${quoted(word)} (probability ${formatValue(probability)}): the whole sentence it starts scored best.`,
    headOffWhy: (word: string, before: number, after: number) =>
      after < before
        ? `Yes: with this head switched off, the model gives ${quoted(word)} a probability of ${formatValue(after)} instead of ${formatValue(before)}.`
        : `No: with this head switched off, the model gives ${quoted(word)} a probability of ${formatValue(after)}, no less than ${formatValue(before)}.`,
  },
};
