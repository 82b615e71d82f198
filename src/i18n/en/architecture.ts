/** English text of A High-Level Look and The Residuals. */

/** "1 encoder", "6 encoders". */
const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const architecture = {
  /** "encoder", "decoder", as a sentence names a stack. */
  sides: { encoder: 'encoder', decoder: 'decoder' },
  /** "Encoder", "Decoder", as a label starts. */
  Sides: { encoder: 'Encoder', decoder: 'Decoder' },

  /** Words of an exported figure's file name. */
  file: {
    blackBox: 'transformer-black-box',
    sides: { encoder: 'encoder', decoder: 'decoder' },
    layer: (layer: number) => `layer ${layer}`,
    inside: 'inside',
    position: (position: number) => `position ${position}`,
    residuals: 'residuals',
    addAndNorm: 'add-and-norm',
    modelAsBuilt: 'model-as-built',
  },

  // A High-Level Look
  blackBoxIntro:
    'From far away, a translation model is a single box: a sentence in one language goes in, a sentence in another language comes out. The box below is a real model running in this page, and the translation beside it is what it produced for your sentence.',
  blackBoxCaption: (sentence: string, translation: string) =>
    `The Transformer as a black box: “${sentence}” goes in, “${translation}” comes out.`,
  twoHalves:
    'Open the box and there are two halves. The encoders read the source sentence and turn each word into a vector that carries its meaning in context. The decoders write the translation one word at a time, and every decoder consults the output of the top encoder while doing so. The layers of a stack all have the same shape but learn different weights.',
  twoParts:
    'An encoder layer has two parts. Self-attention lets each word gather information from the other words of the sentence. A feed-forward network then transforms every word’s vector separately. A decoder layer has the same two parts with a third between them: attention over the encoder’s output, which is how the translation is tied to the source. Point at a part to see the vector that goes in and the one that comes out.',
  decoderPositions:
    'In the decoder, position 1 reads the start token and produces the first word of the translation; each later position reads the word chosen just before it.',

  // The black box
  blackBoxLabel: (sentence: string, translation: string) =>
    `Your sentence, “${sentence}”, goes into the Transformer and its translation, “${translation}”, comes out.`,
  theTransformer: 'THE TRANSFORMER',
  opened: 'Opened: click a layer to look inside it below.',
  clickToOpen: 'Click the box to open it.',
  stacks: (encoders: number, decoders: number, paper: number) =>
    `This model stacks ${counted(encoders, 'encoder')} and ${counted(decoders, 'decoder')}; the paper stacks ${paper} of each. Every layer has the same structure and its own weights.`,

  // The stacks
  stackBox: (side: string, layer: number) => `${side} ${layer}`,
  stackBoxLabel: (name: string, count: number, layer: number) =>
    `${name} of ${count}: show layer ${layer}`,
  stacksLabel: (encoders: number, decoders: number) =>
    `The model opened: ${encoders} encoders stacked, ${decoders} decoders stacked; the top encoder's output goes to every decoder.`,
  encoders: (count: number) => `Encoders (${count})`,
  decoders: (count: number) => `Decoders (${count})`,
  yourSentence: '↑ your sentence, one vector per token',
  translationSoFar: '↑ the translation so far',

  // Inside a layer
  insideLayer: (side: string, layer: number) => `Inside ${side} layer ${layer}`,
  sourceToken: 'Source token',
  decoderInputToken: 'Decoder input token',
  /** A token button: "Source token 3: cat". */
  tokenButton: (label: string, position: number, token: string) => `${label} ${position}: ${token}`,
  sublayersLabel: (side: string, layer: number) => `${side} layer ${layer} sublayers`,
  in: 'in',
  out: 'out',
  /** What each sublayer does, after its name. */
  whatItDoes: {
    self: 'mixes in information from the other tokens of the same sentence',
    cross: 'looks at the encoder’s output for the source sentence',
    ffn: 'transforms each token on its own, with the same weights at every position',
  },
  insideNote: (title: string, does: string, token: string, width: number, first: boolean) =>
    `${title} ${does}. Shown for “${token}”: the vector entering the sublayer and the one it produces, ${width} numbers each.` +
    (first
      ? ''
      : ` Its input is the previous sublayer's output after Add & Norm (see The Residuals).`),

  /** The blocks of the diagrams, by what they are. */
  blocks: {
    self: 'Self-attention',
    maskedSelf: 'Masked self-attention',
    cross: 'Encoder-decoder attention',
    ffn: 'Feed forward',
    addNorm: 'Add & Normalize',
    embed: 'Embedding + positions',
    linear: 'Linear',
    softmax: 'Softmax',
  },
  /** Where a block is, for its name: "encoder layer 2", "output". */
  blockWhere: (side: string, layer: number) => `${side} layer ${layer}`,
  output: 'output',
  /** "Add & Normalize after self-attention, encoder layer 1". */
  blockLabel: (title: string, after: string | null, where: string) =>
    `${title}${after === null ? '' : ` after ${after.toLowerCase()}`}, ${where}`,
  frame: (side: string, layer: number) => `${side} ${layer}`,

  // The Residuals
  residualsIntro:
    'One detail was left out so far. Each sublayer does not simply replace its input: its output is added to the input it received (a residual connection), and the sum is then normalised so that every vector has a steady scale. The diagram calls that step Add & Normalize.',
  residualsVectors:
    'Here are the real vectors for one token. The sum x + z is computed number by number, so the residual keeps the token’s own vector present even when attention changes it a lot; LayerNorm then recentres and rescales it.',
  addNormCaption: (layer: number, token: string) =>
    `Add & Norm in encoder layer ${layer} for “${token}”: the vectors before and after each residual sum and LayerNorm.`,
  wholeModel: (encoders: number, decoders: number) =>
    `The decoder wraps its three sublayers the same way. Put together, with ${encoders} encoder and ${decoders} decoder layers, a final Linear layer and a softmax, this is the whole model you are running. Every block below is a button: choose one to see the vector it reads and the one it produces.`,
  wholeModelCaption: (encoders: number, decoders: number) =>
    `The whole model: ${encoders} encoder and ${decoders} decoder layers, each sublayer wrapped in Add & Norm, then Linear and softmax.`,
  residualDiagramLabel: (layer: number) =>
    `Encoder layer ${layer}: self-attention then Add & Normalize, feed forward then Add & Normalize; a dashed path carries each sublayer's input around it to the Add & Normalize.`,
  residualDiagramNote:
    'Dashed: the residual paths. Each sublayer’s input skips around it and is added to its output before normalising.',

  // The model as built
  modelLabel: (encoders: number, decoders: number) =>
    `The whole model: ${encoders} encoder layers and ${decoders} decoder layers, each sublayer followed by Add & Normalize, then Linear and Softmax. Each block is a button.`,
  /** The chosen block, after its name and place: "for “it” (source position 8)". */
  blockFor: (token: string, onSource: boolean, position: number) =>
    ` for “${token}” (${onSource ? 'source' : 'decoder'} position ${position})`,
  sublayerOutput: 'sublayer output',
  explainEmbed: (width: number) =>
    `The token’s embedding plus its position’s encoding: ${width} numbers.`,
  explainLinear: (width: number, next: string | undefined) =>
    `One score for each of the ${width} words of the output vocabulary. The highest becomes the next word${next ? `, here “${next}”` : ''}.`,
  explainSoftmax: (width: number, next: string | undefined) =>
    `The scores turned into probabilities that add up to 1 over all ${width} words${next ? `; the decoder chose “${next}”` : ''}.`,
  explainAddNorm:
    'The sublayer’s output is added to the vector that entered the sublayer (the residual), then normalised.',
  explainSublayer: (width: number) =>
    `${width} numbers in, ${width} numbers out: every sublayer keeps the width d_model.`,
  probabilityLegend: 'probability of each word',
};
