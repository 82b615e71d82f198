/** English text of Which words decided. */
import type { ReactNode } from 'react';
import { formatValue } from '../../components/format';

export const attribution = {
  waiting: 'The figures appear when the first translation is ready.',
  intro:
    'Attention maps are often read as the explanation of a translation. They are only one piece of evidence, and sometimes a misleading one. Here five ways of asking “which source words decided this output word?” stand side by side, all computed by the model in your browser, reading the translation above word by word as it was written.',
  wordPicker: 'Output word to explain',
  wordPickerLabel: 'Explain the word',
  computed: (ms: number) => `All five methods computed in ${formatValue(ms)} ms in the worker.`,
  failed: 'The attributions could not be computed.',
  computing: 'Computing, one method at a time…',
  untrained:
    'This model is untrained: every method explains random weights, so none of them will agree with a person’s reading.',

  /** The methods' names, as the figures' rows and the notes call them. */
  methods: {
    attention: 'Raw attention',
    rollout: 'Attention rollout',
    valueWeighted: 'Value-weighted attention',
    saliency: 'Gradient × input',
  },
  /** What each method measures, in plain words, and when it leads a reader astray. */
  ablationTerm: 'Switching heads off',
  notes: {
    attention: (
      <>
        How much one head’s question matched each source word. It says where the head looked, not
        what it took away: a head can look hard at a word whose value adds almost nothing, and the
        other heads and layers can undo what it found.
      </>
    ),
    rollout: (
      <>
        Attention followed through every layer, counting the residual connection as half of each
        step, so a word reached through another word gets its share. It assumes every head and the
        residual matter equally, which is rarely true. In the models on this page it mostly ends on
        &lt;eos&gt;: their encoder heads give much of their weight to &lt;eos&gt;, and multiplying
        the layers together piles it up there, so its strongest word is seldom the one a translator
        would point at.
      </>
    ),
    valueWeighted: (
      <>
        The weight times the size of what the word’s value vector actually adds to the output, after
        W<sup>O</sup>. It corrects raw attention for words that are looked at but contribute little
        (often &lt;eos&gt; and punctuation), but it still ignores what the layers after it do. On
        the grammar’s test sentences, it and raw attention both point at the word a translator would
        link most of the time, each a little ahead of the other in one direction of translation.
      </>
    ),
    saliency: (
      <>
        How fast the word’s log-probability would change if a source word’s embedding were turned up
        a little, from the model’s own backward pass. It sees the whole model, but only to first
        order: a word that matters a lot yet sits where the model has saturated can score near zero.
        It measures how sensitive the word is, not where it came from: on the grammar’s test
        sentences its strongest word is the one a translator would link only about half the time. A
        negative score means strengthening that word would make the output word less likely.
      </>
    ),
    ablation: (
      <>
        The real experiment: remove one head’s output and read the probability again. It is the most
        direct evidence, about heads rather than words, and it can understate a head whose work
        another head can do as well.
      </>
    ),
  },
  /** The two methods of the compact strip, in short. */
  shortMethods: { rollout: 'Rollout', saliency: 'Gradient × input' },
  headPicker: 'Encoder-decoder attention shown',
  layerPicker: 'Decoder layer',
  headPickerLabel: 'Head',
  allHeads: 'all',
  /** One decoder layer's encoder-decoder attention: one head (from 1), or null for all heads. */
  heads: (layer: number, head: number | null) =>
    `decoder layer ${layer}, ${head === null ? 'all heads' : `head ${head}`}`,
  /** A score under a bar, for a screen reader or a tooltip. */
  scored: (name: string, value: number) => `${name}: ${formatValue(value)}`,

  barsCaption: (word: string, heads: string) =>
    `What each method credits, over the source words, for the output word “${word}” (attention rows: ${heads}; underlined: the gold-aligned word)`,
  methodColumn: 'Method',
  goldTitle: 'aligned with the word in the gold alignment',

  agreementScroller: 'Rank correlation between the methods',
  agreementCaption: (withGold: boolean) =>
    `Rank correlation (Spearman’s ρ) between the methods: 1 when they order the source words the same way, 0 when their orders are unrelated, −1 when reversed${withGold ? '; last column: whether the method’s strongest word is the gold-aligned one' : ''}`,
  goldColumn: 'Points at the gold word',
  /** Whether a method's strongest word is gold-aligned; null when the word has no gold link. */
  pointsAtGold: (hit: boolean | null): string =>
    hit === null ? 'no gold link' : hit ? 'yes' : 'no',

  /** Words of an exported figure's file name. */
  file: {
    attribution: 'attribution',
    heads: 'heads',
    scoreboard: 'alignment scoreboard',
    decision: 'where il or elle is decided',
  },

  /** The attention sublayers, as a heading. */
  sublayerTitles: {
    enc: 'Encoder self-attention',
    'dec-self': 'Decoder self-attention',
    'dec-cross': 'Encoder-decoder attention',
  },
  /** The attention sublayers, inside a sentence. */
  sublayers: {
    enc: 'encoder self-attention',
    'dec-self': 'decoder self-attention',
    'dec-cross': 'encoder-decoder attention',
  },
  /** A head, its layer and head counted from 1. */
  head: (sublayer: string, layer: number, head: number) =>
    `${sublayer}, layer ${layer}, head ${head}`,
  sublayerOfLayer: (sublayer: string, layer: number) => `${sublayer} of layer ${layer}`,

  effectCaption: (word: string, probability: number) =>
    `Change in p(“${word}”) = ${formatValue(probability)} when each head alone is switched off`,
  effectNote:
    'A dark bar is a drop in the word’s probability, a blue one a rise; the tallest is the largest change. Each bar is also the head’s switch: press it to switch that head off for the whole page.',
  effectColumn: 'change in probability',

  scoreboardHeading: 'An alignment scoreboard',
  /** `live`: the sentence on screen has a gold alignment, so it is scored too. */
  scoreboardIntro: (live: boolean): ReactNode => (
    <>
      A gold alignment links each output word to the source word it translates, as a person would
      draw it: “pomme” to “apple”. A head is <em>aligned with the gold word</em> for an output word
      when, while writing that word, the source word it gives the most weight to is one the gold
      alignment links to it. Each bar is the share of output words where that was so over the test
      sentences, measured when the model was trained
      {live ? '; the line across it is the same share on the sentence above' : ''}.
    </>
  ),
  scoreboardCaveat:
    'Aligning well does not make a head the one the translation needs. The words it picks out reach the next word only through its values and the layers after it; another head, or the decoder’s own earlier words, may carry the same thing, and a head that looks elsewhere may carry what matters (where the sentence ends, whether “it” is il or elle). Press a head to switch it off and watch the translation above: that, not its score, says whether it was needed.',
  noGold:
    'The sentence above is not one of the post’s with its own translation, so there is no gold alignment to score it against: only the test split’s scores are shown.',
  scoreboardCaption: (testSplit: boolean, live: boolean) =>
    `How often each encoder-decoder head looks hardest at the gold-aligned source word: ${testSplit ? 'bars over the test split' : 'no test-split scores in this model'}${live ? ', a line for the sentence above' : ''}`,
  scoreboardKey: (live: boolean) =>
    `Blue bar and number: the test split. ${live ? 'Black line: the sentence above. ' : ''}A thick border marks each layer’s best head; a dashed one a head switched off.`,
  decoderLayer: (layer: number) => `Decoder layer ${layer}`,
  /** A scoreboard head: one head (from 1), or null for the layer's heads averaged. */
  scoreboardHead: (layer: number, head: number | null) =>
    head === null
      ? `decoder layer ${layer}, heads averaged`
      : `decoder layer ${layer}, head ${head}`,
  averagedShort: 'avg',
  testSplitScore: (score: string) => `test split ${score}`,
  sentenceScore: (score: string) => `this sentence ${score}`,
  bestHead: 'the layer’s best head',
  switchTitle: (off: boolean): string =>
    off ? 'Switched off: press to switch it back on' : 'Press to switch this head off',
  showTable: 'Show the scores as a table',
  hideTable: 'Hide the scores',
  scoreColumns: { head: 'Head', testSplit: 'Test split', sentence: 'This sentence' },
  best: ' (best)',
  /** "84%": a share in [0, 1] as a whole percentage. */
  percent: (share: number) => `${Math.round(share * 100)}%`,
  /** "3 of 4 (75%)". */
  outOf: (correct: number, counted: number, share: string) => `${correct} of ${counted} (${share})`,
  noGoldWord: 'no gold-linked word',

  compactCaption: (word: string) => `Source words that decided “${word}”, by two methods`,
  compactOtherRun:
    'Which source words decided each word is worked out for the sentence in the box only.',
  compactFailed: (word: string) => `Which source words decided “${word}” could not be worked out.`,
  compactWorking: (word: string) => `Working out which source words decided “${word}”…`,
  compactRow: (method: string, word: ReactNode) => (
    <>
      {method}: <strong>{word}</strong>
    </>
  ),
  seeEveryMethod: (word: string, section: string) =>
    `See every method for “${word}” in “${section}” ↓`,

  decisionHeading: 'Where is “il” or “elle” decided?',
  decisionIntro:
    '“The animal didn’t cross the street because it was too tired”: here “it” is the animal, and the French says “il”. Change “tired” to “wide” and “it” is the street, so “elle”. The model must choose between the two at one word of its translation. Here it translates both sentences, then switches off every head and every attention sublayer in turn, and measures how far each pushes the choice toward the other pronoun. A bar to the right pushes toward “il”, to the left toward “elle”.',
  findDecision: 'Find where this model decides',
  deciding: 'Switching off each head in turn, for both sentences…',
  decisionCaption: (cues: readonly string[]) =>
    `Where this model decides between “il” and “elle”: ${cues.map((cue) => `“too ${cue}”`).join(' and ')}, each head and sublayer switched off in turn`,
  decisionComputed: (ms: number) =>
    `Computed in ${formatValue(ms)} ms in the worker. “Switch off” switches that head off for the whole page, so the translation above changes with it.`,
  twinLabel: (cue: string) => `The sentence with “${cue}”`,
  twinHeading: (cue: string) => `“… too ${cue}”`,
  odds: (il: number, elle: number) => `p(il) = ${formatValue(il)}, p(elle) = ${formatValue(elle)}`,
  decisionLegend:
    'Blue bars, to the left: toward “elle”. Dark bars, to the right: toward “il”. Lengths are changes in log p(il) − log p(elle).',
  headsNote:
    'Heads that move the choice most when switched off alone (“enc-dec 2.8” is encoder-decoder attention, layer 2, head 8):',
  /** A head in short on its bar: "enc-dec 2.8". */
  headShort: { enc: 'enc', 'dec-self': 'dec self', 'dec-cross': 'enc-dec' },
  sublayersNote: 'Whole sublayers switched off (all their heads):',
  sourceNote: 'Source words (gradient × input):',
  headsTable: (cue: string) =>
    `Change in log p(il) − log p(elle) for “${cue}”, each head switched off alone`,
  sublayersTable: (cue: string) =>
    `Change in log p(il) − log p(elle) for “${cue}”, each sublayer switched off`,
  sourceTable: (cue: string) =>
    `Gradient × input of log p(il) − log p(elle) over the source words, “${cue}”`,
  changeColumn: 'change toward il (+) or elle (−)',
  towardColumn: 'toward il (+) or elle (−)',
  switchLabel: (off: boolean, head: string) => `${off ? 'Switch on' : 'Switch off'} ${head}`,
  switchButton: (off: boolean): string => (off ? 'switched off' : 'switch off'),

  noPronounAtAll:
    'Neither translation writes “il” or “elle”, so there is no choice between them to trace.',
  noPronoun: (cue: string) => `For “${cue}” the translation has no pronoun.`,
  /** One pronoun turned into the other for a sentence. */
  flip: (from: string, to: string, cue: string) => `“${from}” into “${to}” for “${cue}”`,
  turns: (flips: readonly string[]) => `turns ${flips.join(' and ')}`,
  /** `flipped`: what switching the sublayer off turns, or null when the pronoun stays. */
  carried: (cue: string, written: string, sublayer: string, flipped: string | null) =>
    `For “${cue}” the model writes “${written}”; the part that carries it most is the ${sublayer}: switching all its heads off ` +
    (flipped ? `${flipped}.` : `weakens the choice but does not change the pronoun.`),
  shared: 'No single head pushes both sentences toward the other pronoun: the choice is shared.',
  topHead: (head: string, flipped: string | null) =>
    `The single head that pushes both sentences furthest toward the other pronoun is ${head}: switching it off alone ` +
    (flipped
      ? `${flipped}.`
      : `moves both toward the other pronoun but changes neither, so no one head decides alone.`),
};
