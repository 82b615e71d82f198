/**
 * The presentation's steps: one figure (or a small group that fits a screen) each, in the post's
 * order, with a caption in plain words for a class. A step names its section and, as a CSS
 * selector, the figures it shows (the `data-figure` names, in English, the sections give their
 * figures); a section without a figure of its own is shown whole.
 */

import type { Catalogue } from '../../i18n';
import type { PresentQuestion } from '../../store/presentationSlice';

/** A figure that has steps of its own, which the arrow keys go through before leaving it. */
export type InnerStepsName = 'self-attention steps' | 'decoding steps';

export interface PresentStep {
  /** The section the figure is in (its id in views/sections.ts). */
  section: string;
  /** The figures shown, as a selector; null shows the whole section. */
  figures: string | null;
  /** The caption in the catalogue's language. */
  caption: (text: Catalogue['present']) => string;
  /** The figure's own steps, which the arrow keys go through first. */
  inner?: InnerStepsName;
  /**
   * The attention figure opens on the head that resolves "it" (config.json's evaluation.itHead),
   * so that every attention step, reached in order or straight from a link, shows that head.
   */
  opensOn?: 'it head';
  /** The question the class may be asked before the figure, when Present mode asks questions. */
  question?: PresentQuestion;
}

/** The exported figures whose name starts with each of `names`. */
const named = (...names: string[]) => names.map((n) => `[data-figure^="${n}"]`).join(', ');

/**
 * A figure drawn for the chosen encoder layer, whichever it is (the "it" step picks the layer of
 * the head that resolves "it"): its name starts with `start`-layer and holds `kind`.
 */
const inAnyLayer = (start: string, kind: string) =>
  `[data-figure^="${start}-layer"][data-figure*="-${kind}"]`;

/**
 * One line of a product figure sharing its left matrix (X × W^Q, X × W^K, X × W^V): X and the
 * `line`-th product (1-based), so that each fits a screen at a readable size.
 */
const productLine = (name: string, line: number) =>
  `${named(name)} :is(.mx-left-cell, .mx-product-grid > .mx-product-line:nth-child(${line + 1}))`;

/** The attention formula, then one of its two lines: the scores, then softmax times the values. */
const ATTENTION_FORMULA = named('matrices-attention-');

/** The final layer's parts: the Linear and Softmax steps, then the likeliest words. */
const FINAL_LAYER = `${named('final-linear-softmax')} .output-figure`;

/**
 * The loss figure's parts: the target distributions, each model's predicted distributions, then
 * each model's loss.
 */
const LOSS = `${named('loss-')} .recap-loss`;

/** The loss figure's `n`-th grid (1-based): the target, the trained model's, the untrained one's. */
const lossGrid = (n: number) => `${LOSS} > .recap-loss-grids > :nth-child(${n})`;

/** The positions the positional-encoding heatmap opens on (its figure's first length). */
const HEATMAP_POSITIONS = 20;

export const PRESENT_STEPS: readonly PresentStep[] = [
  {
    section: 'high-level-look',
    figures: named('transformer-black-box'),
    caption: (text) => text.captions.blackBox,
  },
  {
    section: 'high-level-look',
    figures: named('encoder-layer1-inside'),
    caption: (text) => text.captions.encoderInside,
  },
  {
    section: 'high-level-look',
    figures: named('decoder-layer1-inside'),
    caption: (text) => text.captions.decoderInside,
  },
  {
    section: 'tensors',
    figures: named('embeddings-'),
    caption: (text) => text.captions.embeddings,
  },
  {
    section: 'tensors',
    figures: named('encoder-layer1-flow'),
    caption: (text) => text.captions.encoderFlow,
  },
  {
    section: 'encoding',
    figures: inAnyLayer('encoder', 'flow'),
    caption: (text) => text.captions.encoding,
  },
  {
    section: 'self-attention-high-level',
    figures: inAnyLayer('attention', 'head'),
    caption: (text) => text.captions.itHead,
    opensOn: 'it head',
    question: 'it-word',
  },
  {
    section: 'self-attention-in-detail',
    figures: named('self-attention-steps'),
    caption: (text) => text.captions.selfAttentionSteps,
    opensOn: 'it head',
    inner: 'self-attention steps',
  },
  {
    section: 'matrix-calculation',
    figures: productLine('matrices-x-times-w', 1),
    caption: (text) => text.captions.queries,
    opensOn: 'it head',
  },
  {
    section: 'matrix-calculation',
    figures: productLine('matrices-x-times-w', 2),
    caption: (text) => text.captions.keys,
    opensOn: 'it head',
  },
  {
    section: 'matrix-calculation',
    figures: productLine('matrices-x-times-w', 3),
    caption: (text) => text.captions.values,
    opensOn: 'it head',
  },
  {
    section: 'matrix-calculation',
    figures: `${ATTENTION_FORMULA} :is(.cmp-formula-display, .mx-formula-line:has(+ .mx-formula-note))`,
    caption: (text) => text.captions.attentionScores,
    opensOn: 'it head',
  },
  {
    section: 'matrix-calculation',
    figures: `${ATTENTION_FORMULA} :is(.cmp-formula-display, .mx-formula-note + .mx-formula-line)`,
    caption: (text) => text.captions.attentionWeightedSum,
    opensOn: 'it head',
  },
  {
    section: 'many-heads',
    figures: named('matrices-every-head'),
    caption: (text) => text.captions.everyHead,
    opensOn: 'it head',
  },
  {
    section: 'many-heads',
    figures: named('matrices-head-outputs'),
    caption: (text) => text.captions.headOutputs,
    opensOn: 'it head',
  },
  {
    section: 'many-heads',
    figures: named('matrices-concat-times-wo'),
    caption: (text) => text.captions.concat,
    opensOn: 'it head',
  },
  {
    section: 'many-heads',
    figures: named('matrices-recap'),
    caption: (text) => text.captions.multiHeadRecap,
    opensOn: 'it head',
  },
  {
    section: 'many-heads-lines',
    figures: inAnyLayer('attention', 'two-heads'),
    caption: (text) => text.captions.twoHeads,
    opensOn: 'it head',
  },
  {
    section: 'many-heads-lines',
    figures: inAnyLayer('attention', 'all-heads'),
    caption: (text) => text.captions.allHeads,
    opensOn: 'it head',
  },
  {
    section: 'attention-maps',
    // One map and its pickers, large; the thumbnails of every layer and head stay on the page.
    figures: `${named('attention-map-')} .attn-figure > :is(.attn-controls, .attn-map-main)`,
    caption: (text) => text.captions.attentionMap,
    opensOn: 'it head',
  },
  {
    section: 'which-words-decided',
    figures:
      '[data-figure^="attribution-"]:not([data-figure^="attribution-heads"]):not([data-figure^="attribution-alignment"])',
    caption: (text) => text.captions.attribution,
  },
  {
    section: 'which-words-decided',
    figures: named('attribution-heads'),
    caption: (text) => text.captions.headsOff,
    question: 'head-off',
  },
  {
    section: 'which-words-decided',
    figures: named('attribution-alignment-scoreboard'),
    caption: (text) => text.captions.alignmentScoreboard,
  },
  {
    section: 'positional-encoding',
    figures: named('positional-encoding-sum'),
    caption: (text) => text.captions.positionalSum,
  },
  {
    section: 'positional-encoding',
    figures: named('positional-encoding-toy'),
    caption: (text) => text.captions.positionalToy,
  },
  {
    section: 'positional-encoding',
    figures: named('positional-encoding-heatmap'),
    caption: (text) => text.captions.positionalHeatmap(HEATMAP_POSITIONS),
  },
  {
    section: 'residuals',
    figures: inAnyLayer('encoder', 'residuals'),
    caption: (text) => text.captions.residuals,
  },
  {
    section: 'residuals',
    figures: named('add-and-norm'),
    caption: (text) => text.captions.addAndNorm,
  },
  {
    section: 'residuals',
    figures: named('model-as-built'),
    caption: (text) => text.captions.modelAsBuilt,
  },
  {
    section: 'decoder-side',
    figures: `.decoding-controls, ${named('decoder-step')}`,
    caption: (text) => text.captions.decoderSteps,
    inner: 'decoding steps',
    question: 'next-word',
  },
  {
    section: 'decoder-side',
    figures: named('causal-mask'),
    caption: (text) => text.captions.causalMask,
  },
  {
    section: 'decoder-side',
    figures: named('alignment-decoder'),
    caption: (text) => text.captions.alignment,
  },
  {
    section: 'final-linear-softmax',
    figures: `${FINAL_LAYER} > :is(h3:not(:last-of-type), .cmp-vector, .cmp-numbers, .cmp-formula, .cmp-legend, .output-argmax)`,
    caption: (text) => text.captions.finalLayer,
  },
  {
    section: 'final-linear-softmax',
    figures: `${FINAL_LAYER} > :is(h3:last-of-type, .output-bars, .output-note)`,
    caption: (text) => text.captions.likeliestWords,
  },
  {
    section: 'recap-of-training',
    figures: named('one-hot'),
    caption: (text) => text.captions.oneHot,
  },
  {
    section: 'loss-function',
    figures: `${LOSS} > :is(.recap-controls, .cmp-legend), ${lossGrid(1)}`,
    caption: (text) => text.captions.lossTarget,
  },
  {
    section: 'loss-function',
    figures: `${LOSS} > .cmp-legend, ${lossGrid(2)}`,
    caption: (text) => text.captions.lossTrainedPrediction,
  },
  {
    section: 'loss-function',
    figures: `${LOSS} > .cmp-legend, ${lossGrid(3)}`,
    caption: (text) => text.captions.lossUntrainedPrediction,
  },
  {
    section: 'loss-function',
    figures: `${LOSS} > .cmp-legend + .recap-model`,
    caption: (text) => text.captions.trainedLoss,
  },
  {
    section: 'loss-function',
    figures: `${LOSS} > .recap-model + .recap-model`,
    caption: (text) => text.captions.untrainedLoss,
  },
  {
    section: 'greedy-vs-beam',
    figures: null,
    caption: (text) => text.captions.greedyVsBeam,
  },
  {
    section: 'training-lab',
    // The lab itself: its settings, controls, curve and probe, without the section's prose.
    figures: '.lab-section > :not(.lab-intro)',
    caption: (text) => text.captions.trainingLab,
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
 * The zoom that fits a box of `natural` size (its size unzoomed) into `available`, never larger
 * than `largest`: a small figure grows to fill a projector's screen, up to that.
 *   zoom = min(largest, available.width / natural.width, available.height / natural.height)
 */
export function fitZoom(
  natural: { width: number; height: number },
  available: { width: number; height: number },
  largest: number,
): number {
  if (natural.width <= 0 || natural.height <= 0) return 1;
  return Math.min(largest, available.width / natural.width, available.height / natural.height);
}
