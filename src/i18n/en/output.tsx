/** English text of The Final Linear and Softmax Layer. */
import type { ReactNode } from 'react';
import { formatValue } from '../../components/format';

export const output = {
  waiting: 'The output layer appears here once a translation has run.',
  intro:
    'The decoder stack ends with one vector per position. Only the vector at the newest position matters for the next word. A Linear layer turns it into one score per word of the output vocabulary, the logits, and a softmax turns those scores into probabilities. Greedy decoding takes the most probable word, the argmax.',
  /** Our model's sizes beside the paper's and the post's. */
  sizes: (dModel: number, paperDModel: number, vocabulary: number) =>
    `Vector size d_model: ${dModel} here, ${paperDModel} in the paper. Output vocabulary: ${vocabulary} words here, 10,000 in the post's example.`,
  stepPicker: 'Step',
  /** Words of the vocabulary the page can only name by index. */
  unnamedWords: (unnamed: number, total: number) =>
    `${unnamed} of the ${total} words are written by their index (#17): the page only knows the text of the words this run produced.`,

  /** Words of the exported figure's file name. */
  fileName: 'final-linear-softmax',
  fileStep: (step: number) => `step ${step}`,
  figureCaption: (step: number, vocabulary: number, chosen: string) =>
    `The final Linear and softmax at step ${step}: the decoder's output vector, its ${vocabulary} logits, their probabilities, and the chosen word “${chosen}”.`,
  decoderOutputHeading: (position: number) => `1. The decoder's output at position ${position}`,
  decoderOutputScroller: "The decoder's output vector",
  decoderOutputLabel: (position: number, size: number) =>
    `The decoder stack's output vector at position ${position}: ${size} numbers`,
  decoderOutputTable: (position: number, size: number) =>
    `Decoder output at position ${position}  [1 × ${size}]`,
  linearHeading: '2. Linear: one score (logit) per word of the vocabulary',
  logitsScroller: 'The logits, one per word',
  logitsLabel: (vocabulary: number, largest: number, word: string) =>
    `Logits over all ${vocabulary} words; the largest is ${formatValue(largest)} for “${word}”`,
  logitLegend: 'logit (orange: above 0, purple: below)',
  softmaxHeading: '3. Softmax: the logits become probabilities that sum to 1',
  probabilitiesScroller: 'The probabilities, one per word',
  probabilitiesLabel: (vocabulary: number, largest: number) =>
    `Probabilities over all ${vocabulary} words; the largest is ${formatValue(largest)}`,
  probabilityLegend: 'probability (scale up to the largest)',
  argmax: (id: number, word: string, probability: number): ReactNode => (
    <>
      argmax = index <strong>{id}</strong> → “<strong>{word}</strong>”, probability{' '}
      {formatValue(probability)} (log-probability {formatValue(Math.log(probability))}).
    </>
  ),
  neverWritten: (probability: number, word: string) =>
    `The largest probability, ${formatValue(probability)}, goes to “${word}”. A decoder never writes <pad> (it only fills out batches in training) or <bos> (it only starts the output), so the argmax is taken over the other words.`,
  chosenDiffers: (word: string, id: number, probability: number) =>
    `Beam search took “${word}” (index ${id}) here instead, probability ${formatValue(probability)}: it keeps the sentences with the best total score, not the best word of each step.`,
  topHeading: (count: number) => `The ${count} most probable words`,
  /** `share` in [0, 1]. */
  topShare: (count: number, share: number, rest: number) =>
    `These ${count} words hold ${formatValue(share * 100)}% of the probability; the other ${rest} share the rest.`,

  barText: (word: string, id: number, probability: number, logit: number) =>
    `${word} (index ${id}): probability ${formatValue(probability)}, logit ${formatValue(logit)}`,
  barsLabel: (count: number, bars: readonly string[]) =>
    `The ${count} most probable next words: ${bars.join('; ')}`,
  barTitle: (word: string, probability: number, logit: number) =>
    `${word}: p = ${formatValue(probability)}, logit ${formatValue(logit)}`,
  /** `scaledTo`: the probability of a full bar when every one is small, else null (a full bar is 1). */
  barsCaption: (scaledTo: number | null) =>
    `Bar length: probability${
      scaledTo !== null
        ? `, scaled so the longest bar is ${formatValue(scaledTo)} (every probability here is small)`
        : ', a full bar being 1'
    }. The number left of each word is its index in the vocabulary.`,

  searchLabel: (count: number) => `Find any word of the ${count} (by text or index)`,
  searchPlaceholder: 'e.g. rue, or 17',
  /** How many words the search matches, and how many of them are listed. */
  searchCount: (matches: number, total: number, listed: number) =>
    (matches === total
      ? `All ${total} words, most probable first.`
      : `${matches} of ${total} words match.`) +
    (matches > listed ? ` The first ${listed} are listed; type more to narrow.` : ''),
  searchRegion: 'Words of the vocabulary, most probable first',
  columns: {
    rank: 'rank',
    index: 'index',
    word: 'word',
    logit: 'logit',
    probability: 'probability',
  },
};
