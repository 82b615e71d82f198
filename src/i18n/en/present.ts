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

  /** Each step's caption, in plain words for a class, by the figure it shows. */
  captions: {
    blackBox: 'The whole model as one box: a sentence goes in, its translation comes out.',
    encoderInside:
      'Inside one encoder layer: self-attention lets each word look at the other words, then a small feed-forward network works on each word alone.',
    decoderInside:
      'Inside one decoder layer: it looks at the words written so far, then at the sentence being translated, then works on each word alone.',
    embeddings:
      'Each word becomes a list of numbers, its embedding. Each row here is one word of the sentence.',
    encoderFlow:
      'These lists of numbers flow through an encoder layer: self-attention first, then the feed-forward network.',
    encoding:
      'Every word goes through the same layer at the same time. Self-attention mixes the words together; the feed-forward network treats each word on its own.',
    itHead:
      'While the model reads “it” (or il), self-attention lets it look at the other words. This is the head that best finds the noun it stands for: a thicker line means more attention.',
    selfAttentionSteps:
      'Self-attention for one word, in six small steps, with this model’s own numbers. Press → to go through them.',
    queries:
      'All words at once: the word vectors, stacked as a matrix X, times learned weights give every word’s query.',
    keys: 'The same matrix X times other learned weights gives every word’s key.',
    values: 'And times a third set of weights, every word’s value.',
    attentionScores:
      'Then attention itself, for every word together. First the scores: every query times every key, divided by the square root of the key length.',
    attentionWeightedSum:
      'Softmax turns each row of scores into weights that add up to 1; the weights times the values give each word’s result.',
    everyHead: 'The model runs several attention heads side by side, each with its own weights.',
    headOutputs: 'Each head gives its own result for every word.',
    concat:
      'The heads’ results are put side by side and multiplied by one more matrix, to get back one vector per word.',
    multiHeadRecap: 'All of multi-head self-attention on one screen.',
    twoHeads: 'Two heads reading the same word: each head pays attention to different words.',
    allHeads: 'All the heads at once: together they look at many words.',
    attentionMap:
      'A map of attention: each row is a word looking, each column a word looked at. The darker the cell, the more attention.',
    attribution:
      'Which words of the sentence decided this word of the translation? Each row of bars is one way of measuring it.',
    headsOff: 'Switch off one head at a time and see how much less sure the model is of its word.',
    alignmentScoreboard:
      'How often each head looks hardest at the word a human translator would pair it with.',
    positionalSum:
      'The model has no sense of word order by itself, so a signal for each position is added to each word’s numbers.',
    positionalToy: 'A tiny example of that signal: waves of different speeds, one per column.',
    positionalHeatmap: (positions: number) =>
      `The signal for ${positions} positions: each row is a position, each column one number of the vector.`,
    residuals:
      'Each part of a layer adds its result to what came in (the dashed paths), then evens out the numbers.',
    addAndNorm:
      'Add and normalise, with real numbers: the sum is rescaled so that its numbers average 0.',
    modelAsBuilt: 'The whole model as built here: the encoder layers, then the decoder layers.',
    decoderSteps:
      'The decoder writes the translation one word at a time. Press → to watch each word being chosen.',
    causalMask:
      'The decoder may not peek at later words: they are blocked out while it works on a word.',
    alignment:
      'Which source word each translated word looked at: a bright cell pairs a word of the translation with a word of the sentence.',
    finalLayer:
      'From the decoder’s output to a word: one score for every word the model knows, turned into probabilities.',
    likeliestWords:
      'The ten likeliest next words, with their probabilities: the model writes the top one.',
    oneHot:
      'For training, each correct word is written as a list with a 1 at its place and 0 everywhere else.',
    lossTarget:
      'What training aims for: one row per word of the translation, bright at the word that should come next.',
    lossTrainedPrediction:
      'What the trained model predicts, row by row: its bright cells fall where the target’s do.',
    lossUntrainedPrediction:
      'What the same model predicted before training: its probability spread thinly over every word.',
    trainedLoss:
      'The loss of the trained model at each word: small, because it gave the right word a high probability.',
    untrainedLoss:
      'The same model before training gave the right words tiny probabilities, so its loss is large.',
    greedyVsBeam:
      'Choosing words: take the likeliest word at each step, or keep a few candidate sentences and pick the best at the end.',
    trainingLab: 'Train a small model yourself, in this page, and watch its loss go down.',
  },

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
