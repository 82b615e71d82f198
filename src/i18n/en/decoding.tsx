/** English text of The Decoder Side and Greedy vs Beam. */
import type { ReactNode } from 'react';
import { formatValue } from '../../components/format';

/** How beam search left a hypothesis; the root is the empty start. */
type NodeStatus = 'root' | 'kept' | 'pruned' | 'finished';

export const decoding = {
  waiting: "The decoder's steps appear here once a translation has run.",
  intro: (
    <>
      The encoder reads the whole source sentence once. Its top layer's output is turned into keys K
      and values V by each decoder layer's encoder-decoder attention, so every decoder layer can
      look at every source word. The decoder then writes the translation one word per step: at each
      step it reads <code>&lt;bos&gt;</code> and the words it has written so far, and the final
      Linear and Softmax layers pick the next word. That word is fed back as the next input, until
      the model writes <code>&lt;eos&gt;</code>.
    </>
  ),
  /** Our model's sizes beside the paper's and the post's. */
  sizes: (layers: number, paperLayers: number, vocabulary: number) =>
    `Decoder layers: ${layers} here, ${paperLayers} in the paper. Output vocabulary: ${vocabulary} words here; the post's example has 10,000.`,
  maskHeading: 'The decoder may not look ahead',
  maskIntro:
    "When training, the decoder reads the whole target sentence at once, so its self-attention must not let a position see the words after it. Before the softmax, the score of every later position is set to −∞; after it, that position's weight is exactly zero. At translation time the later words do not exist yet, and the mask gives the same numbers: row t of the matrices below is what step t computed.",
  alignmentHeading: 'Which source words each output word looked at',
  /** `tryIt`: a button that puts the reordering example in the sentence box. */
  alignmentIntro: (tryIt: ReactNode) => (
    <>
      Each row is one output word; each column a source word. A cell is how much of that output
      word's encoder-decoder attention went to that source word. Try {tryIt}: in French the
      adjective follows the noun, and a trained model's strongest links should cross. The sentence
      under the figure says what the numbers on screen actually show.
    </>
  ),
  /** The example sentence on its button. */

  player: 'Decoding player: left and right arrows step, space plays or pauses',
  firstLabel: 'First step',
  first: '« First',
  backLabel: 'Back one step',
  back: '‹ Back',
  play: '▶ Play',
  pause: '⏸ Pause',
  nextLabel: 'Next step',
  next: 'Next ›',
  lastLabel: 'Last step',
  last: 'Last »',
  /** `presented`: in a presentation, whose own counter already says "Step x of y". */
  stepStatus: (presented: boolean, step: number, count: number, word: ReactNode) => (
    <>
      {presented ? `Word ${step} of ${count}` : `Step ${step} of ${count}`}: emits{' '}
      <strong>{word}</strong>
    </>
  ),
  stepButton: (step: number, word: string) => `Step ${step}: ${word}`,
  /** The name before a row of step buttons. */
  pickerLabel: (label: string) => `${label}:`,

  sublayers: {
    self: 'Self-attention',
    maskedSelf: 'Masked self-attention',
    cross: 'Encoder-decoder attention',
    ffn: 'Feed forward',
  },
  encoderLayer: (layer: number) => `Encoder ${layer}`,
  decoderLayerBox: (layer: number) => `Decoder ${layer}`,
  memory: 'Encoder output → K, V (computed once)',
  linear: (vocabulary: number) => `Linear → ${vocabulary} logits, one per word`,
  softmax: 'Softmax → a probability for every word',
  onlyPosition: (position: number) => `only position ${position}'s vector goes on`,
  diagramSummary: (
    step: number,
    count: number,
    source: string,
    layers: number,
    read: string,
    emitted: string,
  ) =>
    `Decoding step ${step} of ${count}. The encoder read "${source}"; its output gives the keys and values of all ${layers} decoder layers. The decoder reads "${read}" and emits "${emitted}".`,

  /** Words of an exported figure's file name. */
  file: {
    decoder: 'decoder',
    causalMask: 'causal-mask',
    alignment: 'alignment',
    beamSearch: 'beam-search',
    step: (step: number) => `step ${step}`,
    decoderLayer: (layer: number) => `decoder layer ${layer}`,
    head: (head: number) => `head ${head}`,
    headsAveraged: 'heads averaged',
    beamSize: (size: number) => `beam size ${size}`,
    tree: 'tree',
    translations: 'translations',
  },

  where: (layer: number, head: number) => `decoder layer ${layer}, head ${head}`,
  maskCaption: (where: string) =>
    `The decoder's mask, ${where}: scaled scores before the softmax (−∞ above the diagonal) and attention weights after it (0 there).`,
  beforeSoftmax: (where: string, n: number) =>
    `Before softmax: scaled scores, ${where}  [${n} × ${n}]`,
  afterSoftmax: (where: string, n: number) =>
    `After softmax: attention weights, ${where}  [${n} × ${n}]`,
  scoreLegend: 'q·k ÷ √d_k (grey hatched: −∞, masked)',
  weightLegend: 'attention weight',
  maskCheck: (minusInfinity: number, future: number, zeros: number, step: number) => (
    <>
      In these numbers, {minusInfinity} of the {future} cells above the diagonal hold −∞ before
      softmax, and {zeros} of {future} weights there are exactly 0 after it: e<sup>−∞</sup> = 0. The
      outlined row {step} is the query of step {step}; it may look at positions 1 to {step} only,
      the words already emitted.
    </>
  ),

  /** One head (from 1), or null for all heads averaged. */
  alignmentHeads: (head: number | null) =>
    head === null ? 'averaged over all heads' : `head ${head}`,
  alignmentCaption: (layer: number, heads: string, rows: number, cols: number) =>
    `Encoder-decoder attention, decoder layer ${layer}, ${heads}  [${rows} × ${cols}]`,
  alignmentLegend: "share of the output word's attention (each row sums to 1)",
  noLink: 'No output word has a strongest link to a source word here.',
  /** `links`: "output → source" for each word listed; `more`: how many more are in the figure. */
  strongestLinks: (links: readonly string[], more: number) =>
    `Strongest link of each output word: ${links.join(', ')}` +
    (more > 0 ? `, and ${more} more in the figure.` : '.'),
  keepsOrder: "These links keep the source's word order.",
  crosses: (later: string, earlier: string, laterSource: string, earlierSource: string) =>
    `The order crosses: "${later}" comes after "${earlier}" but looks hardest at "${laterSource}", which comes before "${earlierSource}" in the source.`,

  layerPicker: 'Decoder layer',
  headPicker: 'Head',
  /** `name`: the attention the picker chooses for, to tell pickers apart. */
  layerPickerLabel: (name: string) => `${name}: decoder layer`,
  headPickerLabel: (name: string) => `${name}: head`,
  averageOfHeads: (heads: number) => `average of all ${heads}`,

  beamIntro:
    'Greedy decoding keeps only the most probable word at each step and never reconsiders it. A word that looks best now can lead to a worse sentence later. Beam search keeps several unfinished translations, the beam: at each step every one of them proposes its most probable next words, all proposals are scored together, and only the best few survive. Finished ones (ending with <eos>) are set aside until enough have finished.',
  beamScore: (alpha: number) =>
    `A hypothesis's score is its total log-probability divided by its length to the power α = ${formatValue(alpha)} (the paper's value), so that longer sentences, which multiply more probabilities, are not punished for their length alone. The paper used a beam of 4.`,
  decodingChoice: 'Decoding',
  greedy: 'greedy',
  beamSearch: 'beam search',
  beamSize: 'beam size',
  returned: 'translations returned',
  beamWaiting: 'The search appears here once a translation has run.',
  beamOff: (translation: string) =>
    `This translation was decoded greedily: “${translation}”. Pick beam search (or change the beam size) to see the hypotheses it weighs.`,

  treeSummary: (
    beamSize: number,
    hypotheses: number,
    steps: number,
    counts: Record<'kept' | 'pruned' | 'finished', number>,
  ) =>
    `Beam search tree, beam size ${beamSize}: ${hypotheses} hypotheses scored over ${steps} steps; ${counts.kept} kept, ${counts.pruned} pruned, ${counts.finished} finished.`,
  start: 'start',
  status: { root: 'root', kept: 'kept', pruned: 'pruned', finished: 'finished' },
  nodeTitle: (word: string, step: number, status: string, logProb: number, score: number) =>
    `${word} (step ${step}): ${status}; log-probability ${formatValue(logProb)}, score ${formatValue(score)}`,
  /** `mark` draws a status as the figure colours it. */
  treeKey: (
    lengthPenalty: number,
    counts: Record<'kept' | 'pruned' | 'finished', number>,
    mark: (status: Exclude<NodeStatus, 'root'>, word: string) => ReactNode,
  ) => (
    <>
      Each box: a hypothesis's newest word and its score, log-probability ÷ length
      <sup>{lengthPenalty}</sup>. {mark('kept', 'kept')} carried on to the next step,{' '}
      {mark('pruned', 'pruned')} fell out of the beam, {mark('finished', 'finished')} ended with
      &lt;eos&gt;; bold lines lead to the returned translations. Here: {counts.kept} kept,{' '}
      {counts.pruned} pruned, {counts.finished} finished.
    </>
  ),

  resultsFigure: "The translations beam search returned, best score first, and greedy decoding's.",
  resultsTable: "Returned translations, best score first, and greedy decoding's",
  columns: {
    rank: 'rank',
    translation: 'translation',
    logProbability: 'log-probability',
    length: 'length',
    score: 'score',
  },
  unfinished: ' (unfinished)',
  greedyRow: 'greedy',
  /** `rank` from 1, or null when greedy's translation is not among the beams. */
  greedyAmongBeams: (rank: number | null) =>
    rank !== null ? ` (the same as beam ${rank})` : ' (not among the returned beams)',
  greedyMissing: 'Choose greedy decoding once for this sentence to see its result here.',
};
