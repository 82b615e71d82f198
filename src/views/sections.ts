/**
 * The app reads like the post: these sections, in the post's order, each with its live figures.
 * Each figure family exports its sections from its own folder; this list only orders them, and
 * puts each section's figures in a FigureScope, so a new run redraws only those near the viewport.
 */
import type { ComponentType } from 'react';
import {
  ATTENTION_MAPS,
  MANY_HEADS_LINES,
  SELF_ATTENTION_HIGH_LEVEL,
  SELF_ATTENTION_IN_DETAIL,
} from './attention';
import { HIGH_LEVEL_LOOK, RESIDUALS } from './architecture';
import { POSITIONAL_ENCODING } from './positional';
import { ENCODING, TENSORS } from './vectors';
import { MANY_HEADS, MATRIX_CALCULATION } from './matrices';
import { DECODER_SIDE, GREEDY_VS_BEAM } from './decoding';
import { FINAL_LINEAR_AND_SOFTMAX } from './output';
import { redrawnWhenNear } from './FigureScope';
import { RECAP_OF_TRAINING, THE_LOSS_FUNCTION } from './training-recap';
import { TRAINING_LAB } from './training-lab';
import { WHICH_WORDS_DECIDED } from './attribution';

export interface Section {
  /** Stable id: the page anchor, the URL's section, the presentation step. */
  id: string;
  /** The post's section title, or ours where the post has none. */
  title: string;
  Component: ComponentType;
}

export const SECTIONS: Section[] = [
  HIGH_LEVEL_LOOK,
  TENSORS,
  ENCODING,
  SELF_ATTENTION_HIGH_LEVEL,
  SELF_ATTENTION_IN_DETAIL,
  MATRIX_CALCULATION,
  MANY_HEADS,
  MANY_HEADS_LINES,
  ATTENTION_MAPS,
  WHICH_WORDS_DECIDED,
  POSITIONAL_ENCODING,
  RESIDUALS,
  DECODER_SIDE,
  FINAL_LINEAR_AND_SOFTMAX,
  RECAP_OF_TRAINING,
  THE_LOSS_FUNCTION,
  GREEDY_VS_BEAM,
  TRAINING_LAB,
].map(redrawnWhenNear);
