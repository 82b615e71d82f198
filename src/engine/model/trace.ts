/**
 * The trace: every intermediate of one run, under the stable names that views, tests, export
 * and the URL share. S = source length, T = target length, h = heads, d_k = d_model / h.
 *
 *   src.embed, src.pe, src.input                       (S, d)
 *   enc.{l}.self.q | .k | .v                           (h, S, d_k)
 *   enc.{l}.self.scores | .scaled | .weights           (h, S, S)
 *   enc.{l}.self.z                                     (h, S, d_k)
 *   enc.{l}.self.concat | .out                         (S, d)
 *   enc.{l}.add1, .norm1, .ffn.out, .add2, .norm2      (S, d)
 *   enc.{l}.ffn.hidden                                 (S, d_ff)
 *   tgt.embed, tgt.pe, tgt.input                       (T, d)
 *   dec.{l}.self.*                                     as enc, with T and the causal mask
 *   dec.{l}.cross.q (h, T, d_k), .k/.v (h, S, d_k), .scores/.scaled/.weights (h, T, S), .z (h, T, d_k)
 *   dec.{l}.add1..3, .norm1..3, .ffn.*                 (T, d) / (T, d_ff)
 *   out.logits, out.probs                              (T, V_tgt)
 */
import type { Tensor } from '../tensor';
import type { TraceName } from './traceNames';

/** One decoding step: what the model chose at target position `position`, and its rivals. */
export interface DecodeStep {
  position: number;
  /** The token fed back as the next input. */
  chosenId: number;
  /** log p(chosen | source, prefix). */
  logProb: number;
  /** The most probable next tokens, best first. */
  candidates: { id: number; prob: number }[];
}

/** One hypothesis of beam search, a node of the tree it grows. */
export interface BeamNode {
  id: number;
  /** The hypothesis this one extends; -1 for the root (<bos>). */
  parent: number;
  /** Decoding step that created it (the root is step 0). */
  step: number;
  tokenId: number;
  /** Sum of log-probabilities of its tokens. */
  logProb: number;
  /** logProb ÷ length^α, what beams are ranked by. */
  score: number;
  /** kept: survived its step; pruned: fell out of the beam; finished: ended with <eos>. */
  status: 'kept' | 'pruned' | 'finished';
}

export interface BeamResult {
  beamSize: number;
  lengthPenalty: number;
  nodes: BeamNode[];
  /** Node ids of the returned hypotheses, best first. */
  best: number[];
}

export type DecodingChoice =
  | { kind: 'greedy' }
  | { kind: 'beam'; beamSize: number; returnBeams: number; lengthPenalty: number };

export interface Trace {
  /** Source ids the encoder read, ending with <eos>. */
  srcIds: Int32Array;
  /** Decoder input ids of the teacher-forced pass: <bos> then the chosen output tokens. */
  tgtIds: Int32Array;
  /** Output ids of the translation, without <bos>, ending with <eos> when the model stopped. */
  outputIds: Int32Array;
  tensors: Map<TraceName, Tensor>;
  steps: DecodeStep[];
  beam?: BeamResult;
  /** Beam search runs only: what greedy decoding chose from the same encoder output. */
  greedy?: GreedyChoice;
}

/** A greedy decoding's chosen tokens (without <bos>) and its steps. */
export interface GreedyChoice {
  outputIds: Int32Array;
  steps: DecodeStep[];
}

/** A stage of a run, reported as soon as it is computed so views can fill in progressively. */
export interface Stage {
  /** `source`, `enc.{l}`, `decode.{t}`, `decoder`, `output`. */
  name: string;
  tensors: Map<TraceName, Tensor>;
  /** For `decode.{t}` stages: the step just taken. */
  step?: DecodeStep;
}
