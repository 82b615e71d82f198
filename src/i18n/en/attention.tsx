/** English text of self-attention at a high level, in detail, many heads as lines, attention maps. */
import type { ReactNode } from 'react';
import type { Language } from '../../engine';

/** A weight as a reader reads it: two decimals, three when it is small. */
const weight = (value: number) => (value < 0.1 ? value.toFixed(3) : value.toFixed(2));

/** "1, 2 and 5". */
const list = (items: readonly (string | number)[]) =>
  items.length === 1 ? String(items[0]) : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const percent = (x: number) => `${Math.round(100 * x)}%`;

export const attention = {
  waiting: 'The figure appears when the first run has finished.',
  caveatTrained:
    'Which words a trained head links is whatever helped it translate during training: some heads show a pattern a person would recognise, many do not.',
  caveatUntrained:
    'This model is untrained: its weights are random numbers, so where the lines go is chance, not understanding. The arithmetic is the real thing all the same, and training is what makes the weights mean something.',

  /** The three kinds of attention, by the views' ids. */
  kinds: {
    'encoder-self': 'Encoder self-attention',
    'decoder-self': 'Decoder self-attention (masked)',
    cross: 'Encoder-decoder attention',
  },
  kindPicker: 'Kind of attention',
  layer: 'Layer',
  head: 'Head',
  firstHead: 'First head',
  secondHead: 'Second head',
  word: 'Word',
  chosenWord: 'Chosen word',
  /** "Layer 2", "Head 3": a numbered button's name. */
  numbered: (label: string, number: number) => `${label} ${number}`,

  /** Words of an exported figure's file name. */
  file: {
    attention: 'attention',
    steps: 'self-attention-steps',
    map: 'attention-map',
    kinds: { 'encoder-self': 'encoder-self', 'decoder-self': 'decoder-self', cross: 'cross' },
    layer: (layer: number) => `layer ${layer}`,
    head: (head: number) => `head ${head}`,
    twoHeads: 'two heads',
    allHeads: 'all heads',
  },

  // Self-Attention at a High Level
  /** The post's question, asked of the sentence in the language the model reads. */
  highLevelQuestion: (source: Language): string =>
    source === 'en'
      ? 'In the post’s sentence, “the animal didn’t cross the street because it was too tired”, what does “it” stand for: the animal or the street? A reader knows at once. A model has to work it out from the other words, and self-attention is how it gathers them.'
      : 'The post asks what “it” stands for in “the animal didn’t cross the street because it was too tired”. This model reads French, so here the sentence is “l’animal n’a pas traversé la rue parce qu’il était trop fatigué”, and the question is what “il” stands for: the animal or the street? A reader knows at once (in French the pronoun’s gender helps). A model has to work it out from the other words, and self-attention is how it gathers them.',
  highLevelHow:
    'While the encoder builds the new vector of one word, it gives every word of the sentence a weight, itself included: how much of that word goes into the mix. One word’s weights are positive and add up to 1. Below, the sentence is written twice: lines go from the chosen word on the left to every word on the right, wider and darker for a larger weight. Click a word to follow it; pick a layer and a head. In the post, a head of a trained model’s top encoder sends much of the weight of “it” to “the animal”.',
  highLevelCaption: (word: string, layer: number, head: number) =>
    `Attention from “${word}” to every word of the sentence, encoder layer ${layer}, head ${head}: the wider and darker the line, the larger the weight.`,

  // The "it" head, as training measured it
  itHeadName: (layer: number, head: number) => `encoder layer ${layer}, head ${head}`,
  itHeadFound: (
    name: string,
    sentences: number,
    resolves: number,
    meanWeight: number,
    flips: number,
  ): ReactNode => (
    <>
      In this model, the head that does what the post shows is <strong>{name}</strong>. Over{' '}
      {sentences.toLocaleString('en')} test sentences with “it” (or “they”), it gives the noun that
      “it” stands for more weight than any other noun in {percent(resolves)} of them,{' '}
      {meanWeight.toFixed(2)} of its weight on average; when the reason changes so that “it” means
      the other noun (tired ↔ wide), it switches to that noun in {percent(flips)} of them.
    </>
  ),
  itHeadGuided:
    'This head was guided: during training a small extra loss told it where “it” should look (guided attention, as in Strubell et al. 2018), because no head learnt it from translating alone.',
  itHeadGuidedCross: (layer: number, head: number) =>
    ` So was one head of the decoder (layer ${layer}, head ${head} of its attention over the English), told to look at “it” while writing il or elle.`,
  itHeadNoOtherGuided:
    'No other head was guided: the other encoder heads show what translation alone taught them.',
  itHeadDropout: (oneIn: number) =>
    ` While it trained, each of the other heads of the attention over the English was also switched off at random, for about one sentence in ${oneIn}, and the guided heads never were (head dropout), so the model could not count on another head to do their work.`,
  itHeadUnguided: 'No head was told where to look: this one learnt it from translating alone.',
  itHeadAblation: (sentences: number, withHead: number, withoutHead: number) =>
    `Does the translation use it? On ${sentences.toLocaleString('en')} sentences whose two nouns are of the same kind but of different genders, so that only the meaning can choose il or elle, the model is right ${percent(withHead)} of the time; with this head switched off, ${percent(withoutHead)}.`,
  itHeadUsed: 'The translation leans on this head to choose il or elle.',
  itHeadUnused:
    'So the translation hardly uses this head: the decoder finds il or elle another way, and what a head looks at is not always what the model uses.',
  showThisHead: 'Show this head',
  itHeadOpenedHere:
    'The figure above opens on this head; the figures further down start on layer 1, head 1 until you choose a layer or head in any of them.',
  showThisHeadEverywhere: 'Show this head in every figure',
  // A model in which no head resolves the pronoun
  noItHead: (name: string, sentences: number, resolves: number, meanWeight: number): ReactNode => (
    <>
      No head of this model does what the post shows. The closest is <strong>{name}</strong>: over{' '}
      {sentences.toLocaleString('en')} test sentences where a pronoun stands for one of two nouns,
      it gives that noun more weight than the other nouns in only {percent(resolves)} of them, not
      much better than a guess, with {meanWeight.toFixed(2)} of its weight on average.
    </>
  ),
  noItHeadWhy:
    'This model reads French and writes English, where il and elle both become “it” (and ils and elles “they”). To translate the pronoun it never needs to know which noun it stands for, so nothing in its training pushed a head to find out. The model that writes French must choose between il and elle, and in it a head does find the noun.',
  showClosestHead: 'Show the closest head',
  showEnglishModel: 'Show the post’s figure in the English → French model',

  // Self-Attention in Detail
  detailIntro:
    'Here is the same computation for one word, step by step. The post follows “Thinking” in a two-word sentence with made-up numbers; here you follow any word of your sentence through one head of one encoder layer, and every number is this model’s own. Hover over a coloured cell to read its value.',
  detailCaption: (word: string, layer: number, head: number) =>
    `Self-attention for “${word}”, step by step, in encoder layer ${layer}, head ${head}.`,
  stepsLabel: (word: string) =>
    `Self-attention for “${word}”, step by step. Use the left and right arrow keys to move between steps.`,
  stepTitles: [
    'Queries, keys and values',
    'Score every word',
    'Divide by √d_k',
    'Softmax',
    'Weigh the values',
    'Sum: the output z',
  ],
  back: '← Back',
  next: 'Next →',
  stepOf: (step: number, count: number) => `Step ${step} of ${count}`,
  partOf: (part: number, count: number) => `Part ${part} of ${count}`,
  /** "Step 2 of 6: Score every word". */
  stepHeading: (position: string, title: string) => `${position}: ${title}`,

  // Step 1: q, k, v
  qkvIntro: (
    word: string,
    layer: number,
    below: number | null,
    dModel: number,
    paperDModel: number,
    head: number,
    dk: number,
    paperDk: number,
  ) =>
    `x is “${word}” as encoder layer ${layer} receives it${
      below === null ? ': its embedding plus its position signal' : `: the output of layer ${below}`
    }, ${dModel} numbers (the paper: ${paperDModel}). Head ${head} has its own three learned matrices, each ${dModel} × ${dk} (the paper: ${paperDModel} × ${paperDk}). Multiplying x by each, and adding a bias, gives three shorter vectors of ${dk} numbers.`,
  xName: (word: string) => `x (“${word}”)`,
  roles: {
    q: 'query: what this word looks for',
    k: 'key: what this word offers',
    v: 'value: what it passes on',
  },
  eachOfX: 'each number of x',
  eachOfQkv: 'each number of q, k and v',

  // Steps 2 to 6: the table
  vectorOf: (name: string, word: string) => `${name} (“${word}”)`,
  weightedVector: (weight: string, word: string) => `${weight} × v (“${word}”)`,
  columns: {
    word: 'word j',
    key: 'key k_j',
    score: 'score q · k_j',
    divide: (dk: number, root: string) => `÷ √${dk} = ${root}`,
    softmax: 'softmax',
    value: 'value v_j',
    weighted: 'softmax × v_j',
    sum: 'sum',
  },
  /** A number of four decimals (the sum of the weights). */
  fourDecimals: (value: number) => value.toFixed(4),
  /** √d_k with `digits` decimals unless it is whole. */
  root: (value: number, digits: number) =>
    Number.isInteger(value) ? String(value) : value.toFixed(digits),
  eachOfQAndKeys: 'each number of q and of the keys',
  eachOfValues: 'each number of the values, weighted or not',
  sumName: 'sum of the weighted values',
  zName: (word: string) => `z (“${word}”)`,
  eachOfSumAndZ: 'each number of Σ and z',
  sumCheck: (word: string, traceName: ReactNode, head: number, gap: string): ReactNode => (
    <>
      Σ adds up the last column above; z is what the engine computed for “{word}” ({traceName}, head{' '}
      {head}). Largest difference between them: {gap}, the rounding of 32-bit arithmetic.
    </>
  ),

  /** What each step of the step-through says, with this model's numbers (steps 2 to 6). */
  stepScore: (word: string) =>
    `How well does “${word}”’s query match each word’s key? The score is their dot product, q · k_j: multiply the two vectors number by number and add the products. The higher the score, the better the match; “${word}” scores itself too.`,
  stepScale: (dk: number, root: string, paperRoot: number, paperDk: number) =>
    `Every score is divided by √d_k, the square root of the key length: √${dk} = ${root} in this model (${paperRoot} in the paper, whose keys have ${paperDk} numbers). Longer vectors give larger dot products; without this, softmax would hand almost all the weight to one word and training would get tiny gradients.`,
  stepSoftmax: (word: string, largest: string) =>
    `Softmax turns the scaled scores into weights: e to the power of each score, divided by the sum of them all. Every weight is positive and together they add up to 1 (the sum row). For “${word}”, ${largest}.`,
  stepWeigh:
    'Each word’s value vector is multiplied by its weight. A word with a large weight keeps most of its value; one with a small weight fades toward zero. Both columns share one colour scale, so the fading shows.',
  stepSum: (word: string, head: number) =>
    `Adding up the weighted values gives z, what self-attention outputs for “${word}” in head ${head}: a blend of every word’s value, mixed in the proportions of the weights.`,
  /** The post's own example numbers ("Thinking Machines") beside each step. */
  postQkv: 'In the post: x has 512 numbers; q, k and v have 64 each.',
  postChain: (upTo: number) =>
    `In the post: ${['112, 96', '14, 12', '0.88, 0.12'].slice(0, upTo).join(' → ')}`,
  postWeigh: 'In the post: 0.88 × v₁ and 0.12 × v₂.',
  postSum: 'In the post: z₁ = 0.88 v₁ + 0.12 v₂.',

  // Words about a row of weights
  weight,
  /** “"animal" (0.31)”. */
  weighted: (token: string, value: number) => `“${token}” (${weight(value)})`,
  noLines: 'there are no lines to compare',
  strongestLine: (first: string, rest: readonly string[]) =>
    rest.length === 0
      ? `the strongest line goes to ${first}`
      : `the strongest line goes to ${first}, then ${list(rest)}`,
  largestWeight: (first: string, rest: readonly string[]) =>
    rest.length === 0
      ? `the largest weight goes to ${first}`
      : `the largest weight goes to ${first}, then ${list(rest)}`,
  /** `peak`: the largest weight as a multiple of 1/`count`. */
  nearlyEven: (peak: number, count: number) =>
    ` All lines are nearly as wide as each other: the largest weight is only ${peak.toFixed(1)} times the 1/${count} an even spread would give.`,
  peakTimesEven: (peak: number, count: number) =>
    ` The largest weight is ${peak.toFixed(1)} times the 1/${count} an even spread would give.`,
  /** The largest weight as a multiple of an even spread's. */
  times: (peak: number) => peak.toFixed(1),
  switchAHeadOn: 'Switch a head on to see its lines.',
  headLabel: (head: number) => `Head ${head}:`,
  summaryColumns: {
    head: 'head',
    strongest: 'strongest line to',
    weight: 'weight',
    even: (count: number) => `× an even spread (1/${count})`,
  },

  // The token view
  linesLabel: (word: string, layer: number, heads: string) =>
    `Attention from “${word}” to every word, encoder layer ${layer}, ${heads}. Click a word to choose it.`,
  oneHead: (head: number) => `head ${head}`,
  headCount: (count: number) => `${count} heads`,
  fromWord: (word: string, layer: number) => `From “${word}” in encoder layer ${layer}:`,
  weightsTable: (word: string, layer: number) =>
    `Attention weights from “${word}”, encoder layer ${layer} (one row per head shown)`,
  headRow: (head: number) => `head ${head}`,
  headWeight: (head: number, value: string) => `head ${head}: ${value}`,
  lineTitle: (from: string, to: string, weights: string) => `“${from}” → “${to}”: ${weights}`,
  lineHeadTitle: (from: string, to: string, head: number, value: string) =>
    `“${from}” → “${to}”, head ${head}: ${value}`,
  chooseWord: (word: string) => `Choose “${word}”`,
  lineKey: 'Line key: the wider and darker a line, the larger its attention weight, from 0 to 1',
  lineKeyTitle: 'attention weight',
  /** A sample weight of the line key. */
  sample: (value: number) => String(value),
  headsShown: 'Heads shown',

  // The Beast With Many Heads: where each head looks
  manyHeadsIntro: (heads: number, dk: number, paperHeads: number, paperDk: number) =>
    `Every layer of this model has ${heads} heads, each working on vectors of d_k = ${dk} numbers (the paper: ${paperHeads} heads of ${paperDk}). Each head has its own three matrices, so each can weigh the words its own way. In the post, one head sends “it” to “the animal” while another sends it to “tired”. Pick any two heads to draw their lines together, each in its head’s colour.`,
  manyHeadsCrowded:
    'With every head drawn at once the picture gets crowded, as the post admits. Switch heads off and on to compare them.',
  overlaidCaption: (word: string, layer: number, pair: boolean) =>
    `Attention from “${word}” in encoder layer ${layer}, ${pair ? 'two heads' : 'every head'} overlaid, one colour per head.`,

  // Attention maps of every layer and head
  mapsIntro:
    'The lines show one word at a time. A heatmap shows a whole head at once: one row for each word that asks (the query), one column for each word it may look at (the key), and in each cell the weight, so every row adds up to 1. A row of the map is the token view of that word.',
  mapsGrid:
    'Under it, every layer and head as a small map: click one to see it in full; the other figures follow. The decoder has two more kinds. In its self-attention, each output position looks only at itself and earlier positions. In encoder-decoder attention, each output position looks at the source words.',
  weightsNotArrived: 'The attention weights have not arrived yet.',
  mapTitle: (kind: string, layer: number, head: number) => `${kind}, layer ${layer}, head ${head}`,
  mapCaption: (title: string) =>
    `${title}: one row per query, one column per key, each cell the weight; below, every layer and head as small maps.`,
  mapTable: (title: string, rows: number, cols: number, traceName: string) =>
    `${title}  [${rows} × ${cols}], from ${traceName}`,
  mapLabel: (title: string, rows: number, cols: number, row: string) =>
    `${title}: ${rows} query tokens by ${cols} key tokens; row “${row}” selected. Use the arrow keys to read values, Enter to choose a row.`,
  mapLegend: (largest: string, kind: string) =>
    `attention weight (up to ${largest}, the largest in any ${kind.toLowerCase()} map)`,
  masked:
    'Hatched cells are masked: a position may not look at later ones, which had not been generated yet. Their scores were set to −∞ before the softmax, so their weight is 0.',
  rowsSum: 'Each row sums to 1. Click a row to choose that query.',
  everyLayerAndHead: 'Every layer and head',
  chooseOne: 'Every layer and head: choose one',
  thumbLabel: (layer: number, head: number) => `Layer ${layer}, head ${head}`,
  thumbCaption: (head: number) => `head ${head}`,

  // Switching heads off
  switchOff: 'Switch heads off',
  switchWhy: (wo: ReactNode): ReactNode => (
    <>
      What does one head bring? Switch it off and the model runs again without it. The head still
      computes its attention weights, which the figures keep showing, but its output Z is replaced
      by zeros before the heads are put side by side, so nothing of it reaches {wo} or anything
      after. The translation and every figure on the page then show the model without that head.
    </>
  ),
  switchExpect:
    'A trained model often translates just the same without one head, or even without every head of a layer: the residual connection carries each word’s vector around the attention, and the other heads and layers make up for what is missing. The decoder’s heads, which look at the words written so far and at the source, tend to matter more.',
  whichSublayer: 'Which sublayer’s heads',
  sublayerLayer: (kind: string, layer: number) => `${kind}, layer ${layer}`,
  headsOf: (sublayer: string) => `Heads of ${sublayer}, on or off`,
  headsOn: 'Heads on',
  headOf: (head: number, sublayer: string) => `Head ${head} of ${sublayer}`,
  switchAllOn: 'Switch every head back on',
  everyHeadOn: 'Every head is on: the figures show the model as it was trained.',
  runWithout: (ablation: string) =>
    `The figures show a run in which ${ablation.charAt(0).toLowerCase()}${ablation.slice(1)}`,
  /** The engine's three sublayers, as the switches name them. */
  sublayers: {
    enc: 'encoder self-attention',
    'dec-self': 'decoder self-attention',
    'dec-cross': 'encoder-decoder attention',
  },
  /** "encoder self-attention, layer 2, head 3". */
  oneHeadOff: (sublayer: string, layer: number, head: number) =>
    `${sublayer}, layer ${layer}, head ${head}`,
  headsOff: (sublayer: string, layer: number, heads: readonly number[]) =>
    `${sublayer}, layer ${layer}, heads ${list(heads)}`,
  switchedOff: (count: number, parts: readonly string[]) =>
    `${count === 1 ? '1 head is' : `${count} heads are`} switched off: ${parts.join('; ')}.`,
};
