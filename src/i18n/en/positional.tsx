/** English text of Positional Encoding. */
import type { ReactNode } from 'react';

export const positional = {
  intro:
    'Attention treats its inputs as a set: shuffle the words and every word would attend in the same way. To let the model know where each word stands, a vector that depends only on the position is added to each embedding before the first encoder.',
  toyIntro:
    'These position vectors are not learned: they are sines and cosines of the position at a range of frequencies. Here is the smallest case, four dimensions, for the first three positions.',
  heatmapIntro:
    'Drawn for many positions, the pattern becomes visible. Because each value is a smooth function of the position, the same recipe gives an encoding for any position, even one longer than every sentence seen in training.',
  heatmapCaption:
    'Positional encodings: one row per position, one column per dimension, in both layouts (sines then cosines, or alternating).',

  /** Words of an exported figure's file name. */
  file: {
    positional: 'positional-encoding',
    sum: 'sum',
    toy: 'toy',
    table: 'table',
    heatmap: 'heatmap',
  },

  // x + t = the encoder's input
  sumLabel: (positions: number) =>
    `For each of ${positions} tokens: embedding plus positional encoding equals the encoder's input`,
  embeddingX: 'embedding x',
  positionT: 'position t',
  inputSum: 'input x + t',
  /** A token with its position, counted from 1: "8: it". */
  token: (position: number, token: string) => `${position}: ${token}`,
  sumNote: (x: ReactNode, t: ReactNode, sum: ReactNode): ReactNode => (
    <>
      x is {x}, t is {t} and their sum {sum}, added number by number. Point at a cell to read its
      value.
    </>
  ),
  sumCloseUp: (word: string, position: number) =>
    `Close-up of “${word}” (word ${position}): x + t, number by number`,

  // The toy table
  toyCaption: (dimensions: number) => `Positional encodings for d = ${dimensions}`,
  position: 'position',
  /** A row of the toy table: the position counted from 1, and the formula's pos from 0. */
  positionRow: (pos: number) => `${pos + 1} (pos = ${pos})`,
  toyNote: (dModel: number, layout: string, positions: number) =>
    `With d = 4 there are two frequencies, ω₀ = 1 and ω₁ = 1/10000: the first column turns quickly with the position, the second barely moves. The formula’s pos counts from 0, so the first word has pos = 0: its sines are 0 and its cosines 1. These numbers are computed here, not copied. The model you are running uses d = ${dModel} and the ${layout} layout; its encodings for the ${positions} positions of your sentence are in the table behind this button.`,
  /** The engine's names of the two layouts, as the text names them. */
  layoutWords: { concatenated: 'concatenated', interleaved: 'interleaved' },
  showEncodings: (dModel: number) => `Show the model’s encodings (d = ${dModel})`,

  // The heatmaps
  positions: (count: number) => `Positions: ${count}`,
  widthD: 'Width d',
  thisModel: (dModel: number) => `this model (${dModel})`,
  thePaper: (dModel: number) => `the paper (${dModel})`,
  layoutNames: {
    concatenated: 'Concatenated (Tensor2Tensor): all sines, then all cosines',
    interleaved: 'Interleaved (the paper): sine and cosine alternate',
  },
  usedByModel: 'used by this model',
  gridCaption: (positions: number, dModel: number) =>
    `${positions} positions × ${dModel} dimensions`,
  cell: (position: string, dim: number, fn: string, frequency: number, value: string) =>
    `position ${position}, dimension ${dim} (${fn}, ω${frequency}): ${value}`,
  gridLabel: (layout: string, positions: number, dModel: number) =>
    `Positional encodings, ${layout} layout: ${positions} positions by ${dModel} dimensions, values between -1 and 1.`,
  encodingLegend: 'value of the encoding',
  heatmapNote:
    'Each row is the vector added to the token at that position. The left columns change quickly from row to row (high frequencies), the right ones slowly. In the concatenated layout the sines fill the left half and the cosines the right half; in the paper’s layout they alternate, so the two halves are woven together.',
};
