/** English text of Matrix Calculation and Many Heads. */
import type { ReactNode } from 'react';
import { Formula } from '../../components/Formula';

type Kind = 'encoder-self' | 'decoder-self' | 'decoder-cross';

export const matrices = {
  waiting: 'The matrices appear here once the model has read a sentence.',
  /** A value of the model as the figures' sentences write it. */
  /** A token named inside a sentence: “it”. */

  kinds: {
    'encoder-self': 'Encoder self-attention',
    'decoder-self': 'Decoder self-attention (masked)',
    'decoder-cross': 'Encoder-decoder attention',
  } satisfies Record<Kind, string>,
  /** The sublayer in an exported figure's file name. */
  kindFiles: {
    'encoder-self': 'encoder-self',
    'decoder-self': 'decoder-self',
    'decoder-cross': 'decoder-cross',
  } satisfies Record<Kind, string>,
  fileName: 'matrices',
  layerPlace: (layer: number) => `layer ${layer}`,
  place: (layer: number, head: number) => `layer ${layer}, head ${head}`,

  attentionControl: 'Attention',
  layerControl: 'Layer',
  headControl: 'Head',
  headButton: (head: number) => `head ${head}`,

  calculationIntro: (rows: number, dModel: number, paperDModel: number): ReactNode => (
    <>
      Working word by word shows the idea; the model does it for all words at once. Stack the token
      vectors as the rows of one matrix X and a single matrix product gives every query: row i of Q
      is token i’s query. Your sentence makes X {rows} × {dModel}: {rows} tokens, d_model = {dModel}{' '}
      numbers each (the paper’s vectors have {paperDModel}). The same goes for the keys and the
      values.
    </>
  ),
  qkvFile: 'x times w',
  qkvCaption: (kind: string, place: string) =>
    `${kind}, ${place}: Q, K and V computed for every token at once, X × W + b.`,
  qkvWeights: 'W^Q, W^K, W^V \\text{ and their biases}',
  formulaIntro:
    'With Q, K and V in hand, the scores, the scaling, the softmax and the weighted sum of the values fit in one line. Each row of every matrix below belongs to one token, and the last one, Z, holds the head’s output for every token at once.',
  attentionFile: 'attention',
  attentionCaption: (kind: string, place: string) =>
    `${kind}, ${place}: softmax(QKᵀ/√d_k)V for every token at once.`,

  headsIntro: (dModel: number, heads: number, headSize: number): ReactNode => (
    <>
      One head gives each token one way of weighing the others. The paper runs several heads side by
      side, each with its own <Formula tex="W^Q" />, <Formula tex="W^K" /> and <Formula tex="W^V" />
      , so each can pick up a different kind of relation between words. Each head works in a smaller
      space of d_k = d_model / h = {dModel} / {heads} = {headSize} numbers, so all the heads
      together cost about as much as one head of full width.
    </>
  ),
  everyHeadFile: 'every head',
  everyHeadCaption: (kind: string, place: string) =>
    `${kind}, ${place}: every head's own Q, K and V.`,
  headOutputsIntro: (
    <>
      Each head then runs the same calculation,{' '}
      <Formula tex="\mathrm{softmax}(QK^T/\sqrt{d_k})\,V" />, on its own Q, K and V, and comes out
      with its own <Formula tex="Z_i" />: one row per token, as many matrices as heads.
    </>
  ) as ReactNode,
  headOutputsFile: 'head outputs',
  headOutputsCaption: (kind: string, place: string) =>
    `${kind}, ${place}: every head's output Z_i, one row per token.`,
  concatIntro: (
    <>
      The feed-forward network that follows expects one vector per token, not one per head and
      token. So the <Formula tex="Z_i" /> are laid side by side into one matrix, and one more learnt
      matrix, <Formula tex="W^O" />, mixes them into a single vector per token.
    </>
  ) as ReactNode,
  concatFile: 'concat times wo',
  concatCaption: (kind: string, place: string) =>
    `${kind}, ${place}: the heads' outputs side by side, times W^O, give one vector per token.`,
  outputWeights: 'W^O \\text{ and } b^O',
  recapIntro: 'The whole of one multi-head attention layer, every matrix real:',
  recapFile: 'recap',
  recapCaption: (kind: string, place: string) =>
    `${kind}, ${place}: the whole multi-head attention layer, every matrix real.`,

  weightsNote: (names: ReactNode): ReactNode => (
    <>
      The weight matrices ({names}) are learnt numbers that stay inside the engine and are not
      loaded by this page, so they appear as dashed boxes of their true size. Every other matrix
      here is the model’s own output for your sentence.
    </>
  ),

  /** "Q₂: 9 × 8 (paper: n × 64)": the model's shape, then the paper's. */
  shape: (symbol: string, shape: string, paper: string) => `${symbol}: ${shape} (paper: ${paper})`,
  paperShape: (paper: string) => `(paper: ${paper})`,
  showNumbers: 'Show the numbers',
  hideNumbers: 'Hide the numbers',
  showMatrix: (symbol: string) => `Show ${symbol}`,

  missing: (symbol: string, rows: number, cols: number) =>
    `${symbol}: ${rows} × ${cols}; its numbers are not loaded on this page`,
  masked: '−∞ (masked)',
  gridLabel: (symbol: string, rows: number, cols: number, min: string, max: string) =>
    `${symbol}: ${rows} rows by ${cols} columns, values from ${min} to ${max}. Use the arrow keys to read values.`,
  weightLegend: 'attention weight',
  valueLegend: (symbol: string) => `value in ${symbol}`,
  everyHeadLegend: (name: string) => `value in ${name}, every head`,
  panelLabel: (head: number, describe: string) => `head ${head}: ${describe}`,

  readoutPrompt: (results: string, left: string) =>
    `Click a cell of ${results} to see which row of ${left} and which column of the weights it comes from.`,
  readoutSum: (token: string, left: string, col: number, weight: string, bias: string) =>
    `= row ${token} of ${left} · column ${col} of ${weight} + ${bias}[${col}] `,
  readoutNotLoaded: (value: ReactNode, inner: number): ReactNode => (
    <>
      = {value}. The weights are not loaded on this page, so the sum of {inner} products is not
      redone here.
    </>
  ),
  readoutRedone: (recomputed: ReactNode, inner: number, value: ReactNode): ReactNode => (
    <>
      = {recomputed}, the sum of {inner} products redone from the numbers above; the engine computed{' '}
      {value}.
    </>
  ),

  qkvExplanation: (n: number, input: string, cross: boolean): ReactNode => (
    <>
      <Formula tex={`Q_{${n}} = ${input}\\,W^Q_{${n}} + b^Q_{${n}}`} />: each number of{' '}
      <Formula tex={`Q_{${n}}`} /> is one row of <Formula tex={input} /> times one column of{' '}
      <Formula tex={`W^Q_{${n}}`} />, plus one number of the bias. The rows of{' '}
      <Formula tex={input} /> are {cross ? 'the decoder’s tokens' : 'the tokens'}, so the rows of{' '}
      <Formula tex={`Q_{${n}}`} /> are too. <Formula tex="K" /> and <Formula tex="V" /> are made the
      same way{cross ? ', from the encoder’s output M (below)' : ''}.
    </>
  ),
  qkvSummary: (input: string, tokens: number, dModel: number, head: number, results: string) =>
    `${input} (${tokens} tokens × ${dModel}) times the weights of head ${head} gives ${results}`,
  decoderInput: 'X, the decoder’s vectors,',
  encoderInput: 'M, the encoder’s output,',
  keysAndValues: 'K and V',
  allThree: 'Q, K and V',
  crossKeysNote: 'K and V come from M, the encoder’s output: one row per source token.',

  /** The paper's √d_k, written in TeX beside the model's. */
  paperRoot: '\\text{paper: } \\sqrt{64} = 8',
  scoresNote: (n: number, root: string, masked: boolean): ReactNode => (
    <>
      Every row of <Formula tex={`S_{${n}}`} /> holds one query’s scores against every key, divided
      by <Formula tex="\sqrt{d_k}" /> = {root} so they stay in a range where softmax still has a
      gradient.
      {masked &&
        ' In the decoder, a token may not look at later tokens: those scores are set to −∞ (hatched) before the softmax, which turns them into weights of 0.'}{' '}
      Softmax turns each row into weights that are positive and sum to 1:
    </>
  ),

  headsNote: (
    heads: number,
    dModel: number,
    headSize: number,
    tokens: number,
    paper: { heads: number; dModel: number; headSize: number },
  ): ReactNode => (
    <>
      {heads} heads here ({paper.heads} in the paper), so {heads} sets of{' '}
      <Formula tex="W^Q_i, W^K_i, W^V_i" />, each {dModel} × {headSize} (paper: {paper.dModel} ×{' '}
      {paper.headSize}). Each head turns the same {tokens} input vectors into its own{' '}
      <Formula tex="Q_i, K_i, V_i" />: {tokens} × {headSize} (paper: n × {paper.headSize}).
    </>
  ),
  headsDescribe: (tokens: number, headSize: number) =>
    `its Q, K and V, ${tokens} × ${headSize} each`,
  outputsNote: (
    heads: number,
    tokens: number,
    headSize: number,
    paperHeads: number,
    paperHeadSize: number,
  ): ReactNode => (
    <>
      {heads} heads, so {heads} matrices <Formula tex={`Z_1, \\ldots, Z_{${heads}}`} /> (the paper
      has {paperHeads}). The post counts from 0 and labels its {paperHeads} outputs{' '}
      <Formula tex={`Z_0, \\ldots, Z_{${paperHeads - 1}}`} />. Each is {tokens} × {headSize} (paper:
      n × {paperHeadSize}): for every token, what that head gathered from the others.
    </>
  ),
  outputsDescribe: (tokens: number, headSize: number) => `its output Z, ${tokens} × ${headSize}`,

  concatLabel: (heads: number, tokens: number, dModel: number) =>
    `The ${heads} head outputs side by side, ${tokens} × ${dModel}, times W^O (${dModel} × ${dModel}) plus b^O gives Z, ${tokens} × ${dModel}`,
  concatExplanation: (heads: number, headSize: number, dModel: number): ReactNode => (
    <>
      <Formula tex={`Z = \\mathrm{Concat}(Z_1, \\ldots, Z_{${heads}})\\, W^O + b^O`} />: the {heads}{' '}
      heads’ outputs, {headSize} columns each, sit side by side ({heads} × {headSize} = {dModel}{' '}
      columns). <Formula tex="W^O" /> then blends what the heads found into one vector of {dModel}{' '}
      numbers per token.
    </>
  ),

  /** Where the recap's input comes from; `below` is the layer beneath, numbered from 1. */
  inputDescription: (kind: Kind, below: number) =>
    kind === 'decoder-cross'
      ? 'X, the decoder’s vectors after its self-attention, and M, the encoder’s output'
      : below === 0
        ? 'X, each token’s embedding plus its position signal'
        : `X, the output of ${kind === 'encoder-self' ? 'encoder' : 'decoder'} layer ${below} (the post calls it R)`,
  recapInput: (input: string, n: number, dModel: number, paperDModel: number): ReactNode => (
    <>
      The input: {input}: {n} × {dModel} (paper: n × {paperDModel}).
    </>
  ),
  recapHeads: (
    heads: number,
    dModel: number,
    headSize: number,
    paper: { heads: number; dModel: number; headSize: number },
  ): ReactNode => (
    <>
      It goes to each of the {heads} heads (paper: {paper.heads}), each with its own{' '}
      <Formula tex="W^Q_i, W^K_i, W^V_i" />: {dModel} × {headSize} each (paper: {paper.dModel} ×{' '}
      {paper.headSize}).
    </>
  ),
  recapEachHead: (headSize: number, paperHeadSize: number): ReactNode => (
    <>
      Each head gets its own <Formula tex="Q_i, K_i, V_i" />, {headSize} columns wide (paper:{' '}
      {paperHeadSize}), its weights <Formula tex="A_i = \mathrm{softmax}(Q_i K_i^T / \sqrt{d_k})" />{' '}
      and its output <Formula tex="Z_i = A_i V_i" />.
    </>
  ),
  recapOutput: (heads: number, n: number, dModel: number): ReactNode => (
    <>
      The {heads} outputs side by side, times <Formula tex="W^O" />, plus <Formula tex="b^O" />,
      give <Formula tex="Z" />: {n} × {dModel}, one vector per token for the feed-forward network.
    </>
  ),
  /** The recap's heading over each head's row, in TeX. */
  headHeading: '\\text{head } i',
  recapLabel: (layer: number, tokens: number, heads: number, paperHeads: number, dModel: number) =>
    `Multi-head attention of layer ${layer}: ${tokens} token vectors go through ${heads} heads (paper: ${paperHeads}), each with its own weights, and come out as one ${tokens} × ${dModel} matrix Z`,
};
