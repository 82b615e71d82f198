/** English text of Tensors and Encoding: embeddings, the flow through a layer, residuals. */
import type { ReactNode } from 'react';

export const vectors = {
  encodingIntro:
    'An encoder layer takes a list of vectors, passes them through self-attention, then through the feed-forward network, and sends the result up to the next layer. Choose a layer: the bottom one starts from the embeddings, and the output r of the top one is what the decoder consults.',
  encodingCaption: (layer: number) =>
    `Encoder layer ${layer}, position by position: each x goes through self-attention to z, then through the same feed-forward network to r.`,
  encodingNext: (layer: number) =>
    `The r vectors of layer ${layer} are the x vectors of layer ${layer + 1}.`,
  encodingTop:
    'This is the top encoder: its r vectors go to every decoder layer’s encoder-decoder attention.',

  // Bringing the tensors into the picture
  tensorsIntro: (dModel: number) =>
    `A network computes with numbers, not words, so the first step is to look each word up in a table of learned vectors: its embedding. Every token of your sentence, including the end-of-sentence marker the model adds, gets one row of ${dModel} numbers.`,
  onlyBottom:
    'Only the bottom encoder sees embeddings. Every encoder receives a list of vectors of the same width, one per token, and hands up a list just like it: the lowest receives the embeddings (with positions added, as explained further down), the others the output of the layer beneath.',
  ownPath:
    'Inside a layer each position follows its own path. The paths meet only in self-attention, where each token’s new vector is built from all of them. The feed-forward network that follows sees one vector at a time: it is drawn once per position below, and it is the very same network, with the same weights, for every position. That is why all positions can go through it in parallel.',

  /** Words of an exported figure's file name. */
  file: {
    embeddings: 'embeddings',
    tokens: (count: number) => `${count} tokens`,
    encoder: 'encoder',
    layer: (layer: number) => `layer ${layer}`,
    flow: 'flow',
  },

  // The embeddings
  embeddingsLabel: (tokens: number, dModel: number) =>
    `Embeddings of ${tokens} source tokens, ${dModel} numbers each`,
  embeddingsNote: (
    dModel: number,
    paperDModel: number,
    table: ReactNode,
    root: string,
  ): ReactNode => (
    <>
      Each token becomes a vector of d_model = {dModel} numbers (the paper uses {paperDModel}).
      These are the rows of {table}: the learned embedding of each word, multiplied by √d_model ={' '}
      {root} as in the paper. Point at a cell to read its value.
    </>
  ),
  closeUp: (word: string, position: number) =>
    `Close-up of the embedding of “${word}” (word ${position})`,
  embeddingOf: (word: string, count: number) => `Embedding of “${word}”: ${count} numbers`,

  // One encoder layer, position by position
  notComputed: (layer: number) => `Encoder layer ${layer} is not computed yet.`,
  encoderLayer: 'Encoder layer',
  encoderLayerPicker: 'Encoder layer:',
  flowLabel: (layer: number, positions: number) =>
    `Encoder layer ${layer}: ${positions} positions flow through self-attention, then each through its own feed-forward network`,
  xIn: 'x (in)',
  rOut: 'r (out)',
  feedForward: 'Feed forward',
  selfAttentionBlock: 'Self-attention: every position reads all the others',
  /** Why each vector of the flow is the one shown. */
  stageWhy: {
    xFirst: 'the embeddings plus positional encodings',
    xAbove: (layer: number) => `the output of encoder layer ${layer}`,
    z: 'the self-attention output, before the residual is added',
    r: 'the layer’s output after the last Add & Norm, what the next layer receives',
  },
  stageIs: (symbol: string, name: ReactNode, why: string): ReactNode => (
    <>
      <strong>{symbol}</strong> is {name}, {why}.{' '}
    </>
  ),
  flowNorms:
    'The feed-forward network actually reads LayerNorm(x + z), and r is normalised again after its own residual: those Add & Norm steps are left out here and shown in The Residuals.',

  // The vectors around each Add & Norm
  aroundAttention: 'Around self-attention',
  aroundFeedForward: 'Around the feed-forward network',
  residualLabel: (title: string, layer: number, token: string) =>
    `${title}, encoder layer ${layer}, token “${token}”`,
  residualHeading: (title: string, layer: number, token: string) =>
    `${title} (encoder layer ${layer}, “${token}”)`,
  meanAndSpread: (mean: string, deviation: string) => `mean ${mean}, sd ${deviation}`,
  layerNormNote:
    'LayerNorm rescales each vector to mean 0 and standard deviation 1, then applies a learned gain and bias per dimension, which is why the last row’s mean and spread are close to, but not exactly, 0 and 1.',
};
