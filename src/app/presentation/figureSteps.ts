/**
 * The presentation's steps: one figure (or a small group that fits a screen) each, in the post's
 * order, with a caption in plain words for a class. A step names its section and, as a CSS
 * selector, the figures it shows (the `data-export-figure` names the sections give their
 * figures); a section without a figure of its own is shown whole.
 */

import type { PresentQuestion } from '../../store/presentationSlice';

/** A figure that has steps of its own, which the arrow keys go through before leaving it. */
export type InnerStepsName = 'self-attention steps' | 'decoding steps';

export interface PresentStep {
  /** The section the figure is in (its id in views/sections.ts). */
  section: string;
  /** The figures shown, as a selector; null shows the whole section. */
  figures: string | null;
  caption: string;
  /** The figure's own steps, which the arrow keys go through first. */
  inner?: InnerStepsName;
  /** The attention figure opens on the head that resolves "it" (config.json's evaluation.itHead). */
  opensOn?: 'it head';
  /** The question the class may be asked before the figure, when Present mode asks questions. */
  question?: PresentQuestion;
}

/** The exported figures whose name starts with each of `names`. */
const named = (...names: string[]) => names.map((n) => `[data-export-figure^="${n}"]`).join(', ');

/**
 * A figure drawn for the chosen encoder layer, whichever it is (the "it" step picks the layer of
 * the head that resolves "it"): its name starts with `start`-layer and holds `kind`.
 */
const inAnyLayer = (start: string, kind: string) =>
  `[data-export-figure^="${start}-layer"][data-export-figure*="-${kind}"]`;

/**
 * One line of a product figure sharing its left matrix (X × W^Q, X × W^K, X × W^V): X, the text
 * above it and the `line`-th product (1-based), so that each fits a screen at a readable size.
 */
const productLine = (name: string, line: number) =>
  `${named(name)} :is(.mx-corner, .mx-left-cell, .mx-product-grid > .mx-product-line:nth-child(${line + 1}))`;

/** The final layer's parts: the Linear and Softmax steps, then the likeliest words. */
const FINAL_LAYER = `${named('final-linear-softmax')} .output-figure`;

/** The loss figure's parts: the target and predicted distributions, then each model's loss. */
const LOSS = `${named('loss-')} .recap-loss`;

export const PRESENT_STEPS: readonly PresentStep[] = [
  {
    section: 'high-level-look',
    figures: named('transformer-black-box'),
    caption: 'The whole model as one box: a sentence goes in, its translation comes out.',
  },
  {
    section: 'high-level-look',
    figures: named('encoder-layer1-inside'),
    caption:
      'Inside one encoder layer: self-attention lets each word look at the other words, then a small feed-forward network works on each word alone.',
  },
  {
    section: 'high-level-look',
    figures: named('decoder-layer1-inside'),
    caption:
      'Inside one decoder layer: it looks at the words written so far, then at the sentence being translated, then works on each word alone.',
  },
  {
    section: 'tensors',
    figures: named('embeddings-'),
    caption:
      'Each word becomes a list of numbers, its embedding. Each row here is one word of the sentence.',
  },
  {
    section: 'tensors',
    figures: named('encoder-layer1-flow'),
    caption:
      'These lists of numbers flow through an encoder layer: self-attention first, then the feed-forward network.',
  },
  {
    section: 'encoding',
    figures: inAnyLayer('encoder', 'flow'),
    caption:
      'Every word goes through the same layer at the same time. Self-attention mixes the words together; the feed-forward network treats each word on its own.',
  },
  {
    section: 'self-attention-high-level',
    figures: inAnyLayer('attention', 'head'),
    caption:
      'While the model reads “it”, self-attention lets it look at the other words. This is the head that resolves “it”: a thicker line means more attention.',
    opensOn: 'it head',
    question: 'it-word',
  },
  {
    section: 'self-attention-in-detail',
    figures: named('self-attention-steps'),
    caption:
      'Self-attention for one word, in six small steps, with this model’s own numbers. Press → to go through them.',
    inner: 'self-attention steps',
  },
  {
    section: 'matrix-calculation',
    figures: productLine('matrices-x-times-w', 1),
    caption:
      'All words at once: the word vectors, stacked as a matrix X, times learned weights give every word’s query.',
  },
  {
    section: 'matrix-calculation',
    figures: productLine('matrices-x-times-w', 2),
    caption: 'The same matrix X times other learned weights gives every word’s key.',
  },
  {
    section: 'matrix-calculation',
    figures: productLine('matrices-x-times-w', 3),
    caption: 'And times a third set of weights, every word’s value.',
  },
  {
    section: 'matrix-calculation',
    figures: named('matrices-attention-'),
    caption:
      'Then attention itself for every word together: scores, softmax, and a weighted sum of the values.',
  },
  {
    section: 'many-heads',
    figures: named('matrices-every-head'),
    caption: 'The model runs several attention heads side by side, each with its own weights.',
  },
  {
    section: 'many-heads',
    figures: named('matrices-head-outputs'),
    caption: 'Each head gives its own result for every word.',
  },
  {
    section: 'many-heads',
    figures: named('matrices-concat-times-wo'),
    caption:
      'The heads’ results are put side by side and multiplied by one more matrix, to get back one vector per word.',
  },
  {
    section: 'many-heads',
    figures: named('matrices-recap'),
    caption: 'All of multi-head self-attention on one screen.',
  },
  {
    section: 'many-heads-lines',
    figures: inAnyLayer('attention', 'two-heads'),
    caption: 'Two heads reading “it”: each head pays attention to different words.',
  },
  {
    section: 'many-heads-lines',
    figures: inAnyLayer('attention', 'all-heads'),
    caption: 'All the heads at once: together they look at many words.',
  },
  {
    section: 'attention-maps',
    figures: named('attention-map-'),
    caption:
      'A map of attention: each row is a word looking, each column a word looked at. The darker the cell, the more attention.',
  },
  {
    section: 'which-words-decided',
    figures:
      '[data-export-figure^="attribution-"]:not([data-export-figure^="attribution-heads"]):not([data-export-figure^="attribution-alignment"])',
    caption:
      'Which words of the sentence decided this word of the translation? Each row of bars is one way of measuring it.',
  },
  {
    section: 'which-words-decided',
    figures: named('attribution-heads'),
    caption: 'Switch off one head at a time and see how much less sure the model is of its word.',
    question: 'head-off',
  },
  {
    section: 'which-words-decided',
    figures: named('attribution-alignment-scoreboard'),
    caption: 'How often each head looks hardest at the word a human translator would pair it with.',
  },
  {
    section: 'positional-encoding',
    figures: named('positional-encoding-sum'),
    caption:
      'The model has no sense of word order by itself, so a signal for each position is added to each word’s numbers.',
  },
  {
    section: 'positional-encoding',
    figures: named('positional-encoding-toy'),
    caption: 'A tiny example of that signal: waves of different speeds, one per column.',
  },
  {
    section: 'positional-encoding',
    figures: named('positional-encoding-heatmap'),
    caption:
      'The signal for 20 positions: each row is a position, each column one number of the vector.',
  },
  {
    section: 'residuals',
    figures: inAnyLayer('encoder', 'residuals'),
    caption:
      'Each part of a layer adds its result to what came in (the dashed paths), then evens out the numbers.',
  },
  {
    section: 'residuals',
    figures: named('add-and-norm'),
    caption:
      'Add and normalise, with real numbers: the sum is rescaled so that its numbers average 0.',
  },
  {
    section: 'residuals',
    figures: named('model-as-built'),
    caption: 'The whole model as built here: the encoder layers, then the decoder layers.',
  },
  {
    section: 'decoder-side',
    figures: `.decoding-controls, ${named('decoder-step')}`,
    caption:
      'The decoder writes the translation one word at a time. Press → to watch each word being chosen.',
    inner: 'decoding steps',
    question: 'next-word',
  },
  {
    section: 'decoder-side',
    figures: named('causal-mask'),
    caption:
      'The decoder may not peek at later words: they are blocked out while it works on a word.',
  },
  {
    section: 'decoder-side',
    figures: named('alignment-decoder'),
    caption:
      'Which source word each translated word looked at: a bright cell pairs a word of the translation with a word of the sentence.',
  },
  {
    section: 'final-linear-softmax',
    figures: `${FINAL_LAYER} > :is(h3:not(:last-of-type), .cmp-vector, .cmp-numbers, .cmp-formula, .cmp-legend, .output-argmax)`,
    caption:
      'From the decoder’s output to a word: one score for every word the model knows, turned into probabilities.',
  },
  {
    section: 'final-linear-softmax',
    figures: `${FINAL_LAYER} > :is(h3:last-of-type, .output-bars, .output-note)`,
    caption:
      'The ten likeliest next words, with their probabilities: the model writes the top one.',
  },
  {
    section: 'recap-of-training',
    figures: named('one-hot'),
    caption:
      'For training, each correct word is written as a list with a 1 at its place and 0 everywhere else.',
  },
  {
    section: 'loss-function',
    figures: `${LOSS} > :is(.recap-controls, .recap-note, .recap-loss-grids, .cmp-legend)`,
    caption:
      'What training aims for (Target), what the trained model predicts, and what it predicted before training: one row per word, bright where the probability is high.',
  },
  {
    section: 'loss-function',
    figures: `${LOSS} > .cmp-legend + .recap-model`,
    caption:
      'The loss of the trained model at each word: small, because it gave the right word a high probability.',
  },
  {
    section: 'loss-function',
    figures: `${LOSS} > .recap-model + .recap-model`,
    caption:
      'The same model before training gave the right words tiny probabilities, so its loss is large.',
  },
  {
    section: 'greedy-vs-beam',
    figures: null,
    caption:
      'Choosing words: take the likeliest word at each step, or keep a few candidate sentences and pick the best at the end.',
  },
  {
    section: 'training-lab',
    figures: null,
    caption: 'Train a small model yourself, in this page, and watch its loss go down.',
  },
];

/** The first step showing `section`, or the first step when no step shows it. */
export function firstStepOf(steps: readonly PresentStep[], section: string | null): number {
  const index = steps.findIndex((step) => step.section === section);
  return Math.max(index, 0);
}

/**
 * A style rule that hides everything in `scope` but `figures`: what holds them, they themselves
 * and what they hold stay. The figures stay in their section (its run, its selection), only
 * the rest of the section is hidden.
 */
export function onlyFiguresRule(scope: string, figures: string): string {
  const kept = `:is(${figures})`;
  return `${scope} *:not(:has(${kept})):not(${kept}):not(${kept} *) { display: none !important; }`;
}

/**
 * The zoom that fits a box of `natural` size (its size unzoomed) into `available`: never larger
 * than 1, so nothing is drawn bigger than the page draws it.
 *   zoom = min(1, available.width / natural.width, available.height / natural.height)
 */
export function fitZoom(
  natural: { width: number; height: number },
  available: { width: number; height: number },
): number {
  if (natural.width <= 0 || natural.height <= 0) return 1;
  return Math.min(1, available.width / natural.width, available.height / natural.height);
}
