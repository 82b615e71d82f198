/**
 * The three kinds of attention a Transformer computes, and where each lives in the trace.
 * Encoder self-attention: source tokens look at source tokens. Decoder self-attention: each
 * target position looks at itself and earlier positions (the causal mask). Encoder-decoder
 * attention: each target position looks at the source tokens.
 */
import type { TraceTensors } from '../../worker/runTypes';
import type { AttentionName } from '../../engine';

export type AttentionKind = 'encoder-self' | 'decoder-self' | 'cross';

export const ATTENTION_KINDS: readonly AttentionKind[] = ['encoder-self', 'decoder-self', 'cross'];

/** The trace name prefix of one layer's attention of this kind: `enc.1.self`, `dec.0.cross`. */
export function attentionPrefix(kind: AttentionKind, layer: number): AttentionName {
  if (kind === 'encoder-self') return `enc.${layer}.self`;
  return kind === 'decoder-self' ? `dec.${layer}.self` : `dec.${layer}.cross`;
}

/**
 * How many layers of this kind the trace holds, counted from layer 0: the run's own count, which
 * stays right while a newly picked model loads and the run on screen is still the old model's.
 */
export function layersInTrace(trace: TraceTensors, kind: AttentionKind): number {
  let layers = 0;
  while (trace.has(`${attentionPrefix(kind, layers)}.weights`)) layers++;
  return layers;
}

/** True for the kinds whose queries are target positions (so a row is a decoding step). */
export function queriesAreTargets(kind: AttentionKind): boolean {
  return kind !== 'encoder-self';
}

/** The tokens along the rows (queries) and columns (keys) of this kind's weight matrices. */
export function attentionTokens(
  kind: AttentionKind,
  sourceTokens: readonly string[],
  targetTokens: readonly string[],
): { queries: readonly string[]; keys: readonly string[] } {
  if (kind === 'encoder-self') return { queries: sourceTokens, keys: sourceTokens };
  if (kind === 'decoder-self') return { queries: targetTokens, keys: targetTokens };
  return { queries: targetTokens, keys: sourceTokens };
}

/** The kinds whose first layer's weights the trace holds: the decoder's arrive last. */
export function kindsInTrace(trace: TraceTensors): AttentionKind[] {
  return ATTENTION_KINDS.filter((kind) => trace.has(`${attentionPrefix(kind, 0)}.weights`));
}
