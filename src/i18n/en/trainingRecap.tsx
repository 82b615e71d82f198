/** English text of Recap of Training and The Loss Function. */
import type { ReactNode } from 'react';
import { formatValue } from '../../components/format';

export const trainingRecap = {
  // Recap of Training
  vocabularyWaiting: 'The vocabulary appears here once the model has loaded.',
  recapIntro:
    "Training runs exactly the forward pass shown above, on sentence pairs whose translation is known, and compares what the model predicts with that known translation. The comparison is made word by word over the model's output vocabulary: the fixed list of words it can write, chosen before training began, each with its own index.",
  recapOneHot:
    "A word is written as a vector as wide as the vocabulary, with a 1 at the word's index and 0 everywhere else: its one-hot encoding. That vector is the target the model's probability distribution is compared with at each position.",

  // The vocabulary figure
  /** Words of the exported figure's file name. */
  vocabularyFileName: 'one-hot',
  vocabularyCaption: (size: number, word: string, id: number) =>
    `The output vocabulary of ${size} words and the one-hot vector of “${word}” (index ${id}), with its label-smoothed version.`,
  searchLabel: (size: number) =>
    `Search the ${size} words of the output vocabulary (text or index)`,
  searchPlaceholder: 'e.g. suis, or 5',
  /** How many words match the search; `listed` when fewer are listed than match. */
  matches: (matching: number, size: number, listed: number | null) =>
    `${matching} of ${size} words${listed === null ? '' : `; the first ${listed} are listed`}. Pick one to see its one-hot vector.`,
  vocabularyList: 'Output vocabulary',
  oneHotHeading: (word: string, id: number) => `One-hot vector of “${word}” (index ${id})`,
  oneHotBars: 'one-hot',
  oneHotBarsLabel: (word: string, size: number, id: number) =>
    `One-hot vector of “${word}”: ${size} numbers, 1 at index ${id} and 0 everywhere else`,
  oneHotSummary: (size: number, id: number) =>
    `${size} numbers: 1 at index ${id}, 0 at the other ${size - 1}.`,
  smoothedBars: 'smoothed',
  smoothedBarsLabel: (word: string, top: number, id: number, rest: number, others: number) =>
    `Label-smoothed target of “${word}”: ${formatValue(top)} at index ${id}, ${formatValue(rest)} at each of the other ${others}`,
  smoothedSummary: (smoothing: number, top: number, id: number, rest: number) =>
    `Label-smoothed as the model was trained (ε = ${smoothing}): ${formatValue(top)} at index ${id}, ${formatValue(rest)} everywhere else (drawn as a floor 1 pixel high: at this scale it is too small to see).`,
  targetProbability: 'target probability',
  oneHotTable: (word: string, size: number) => `One-hot vector of “${word}”  [1 × ${size}]`,

  // The Loss Function
  lossWaiting: 'The loss appears here once a translation has run.',
  trainedModel: 'Trained model',
  twinModel: 'The same model before training (seeded random weights)',
  untrainedModel: 'Untrained model (seeded random weights)',
  lossIntro:
    'For each position of the reference translation, the target is a distribution that puts its mass on the reference word. The model, reading the source sentence and the reference up to that position, predicts its own distribution. Cross-entropy measures how far apart they are: against a one-hot target it is simply −ln of the probability the model gave the right word, 0 when it was certain and right, large when it gave that word little chance. Training nudges every weight, by backpropagation, to make this number smaller over many pairs.',
  /** Label smoothing, the floor it sets and a uniform guess's loss, for a vocabulary of `vocab`. */
  lossSmoothing: (smoothing: number, vocab: number, floor: number) =>
    `The models here were trained with label smoothing (ε = ${smoothing}): the target keeps ${formatValue(1 - smoothing)} of its mass on the right word and spreads ${smoothing} evenly over all ${vocab} words, so the model is never pushed to be entirely certain. With it, even a perfect prediction scores ${formatValue(floor)} nats per word, not 0. A model guessing uniformly would score ln ${vocab} = ${formatValue(Math.log(vocab))}.`,
  lossTwice:
    'Each pair is scored twice: by the trained model, and by the same model before training, with the seeded random weights it started from. Training is what took the loss from the one to the other.',

  // The sentence pair
  languageNames: { en: 'English', fr: 'French' } as Record<string, string>,
  source: (sentence: string): ReactNode => (
    <>
      Source: <strong>{sentence}</strong>
    </>
  ),
  referenceLabel: (language: string) => `Reference translation (${language})`,
  origins: {
    post: 'the post’s own translation of this sentence',
    model: 'the model’s own translation; type the right one to see how far off it is',
    typed: 'yours',
  },
  origin: (note: string) => `The reference: ${note}.`,
  inTheReference: (message: string) => `In the reference: ${message}`,
  insteadOf: (word: ReactNode, suggestions: ReactNode): ReactNode => (
    <>
      Instead of {word}, try {suggestions}
    </>
  ),
  postPairs: 'Pairs from the post',
  postPairsLead: 'Pairs from the post:',

  // The loss figure
  lossFileName: 'loss',
  lossFileTarget: (smoothed: boolean): string => (smoothed ? 'label smoothed' : 'one hot'),
  lossFileWhat: 'targets and predictions',
  targetName: (smoothed: boolean, smoothing: number): string =>
    smoothed ? `label-smoothed, ε = ${smoothing}` : 'one-hot',
  lossCaption: (targetName: string, reference: string) =>
    `The ${targetName} target of each position of “${reference}” beside the model's predicted distribution, and the cross-entropy between them.`,
  targetLead: 'Target:',
  oneHotButton: 'one-hot',
  smoothedButton: (smoothing: number) => `label-smoothed (ε = ${smoothing}, as trained)`,
  columnsLead: 'Columns:',
  wordsThatMatter: 'the words that matter',
  allWords: (vocab: number) => `all ${vocab} words`,
  allColumns: (vocab: number) => `All ${vocab} words of the vocabulary, by index.`,
  someColumns: (columns: number, vocab: number, perRow: number, models: number) =>
    `${columns} of the ${vocab} words: every word of the reference, and each position's ${perRow} most probable words under ${models > 1 ? 'the first model' : 'the model'}. The other words get the rest of each row's probability.`,
  targetHeading: 'Target',
  targetGrid: (targetName: string, positions: number, columns: number) =>
    `Target distributions (${targetName})  [${positions} × ${columns}]`,
  predictedGrid: (positions: number, columns: number) =>
    `Predicted distributions  [${positions} × ${columns}]`,
  probability: 'probability',
  lossHeading: (model: string) => `Loss: ${model}`,

  // The loss table
  tableCaption: 'Cross-entropy at each position, in nats (natural logarithm)',
  position: 'position',
  targetWord: 'target word',
  targetProbabilityColumn: 'p(target)',
  oneHotColumn: 'one-hot: −ln p(target)',
  smoothedColumn: (smoothing: number) => `smoothed (ε = ${smoothing})`,
  sum: 'sum over the sentence',
  mean: 'mean per word (the training loss)',
};
