/**
 * A training batch: B sentence pairs padded with <pad> (id 0) to the batch's longest source and
 * longest target, row-major, sentence b's position t at index b·L + t.
 */
import { BOS, EOS, PAD } from '../model/config';
import type { BatchShape } from './activations';

export interface Batch extends BatchShape {
  /** (B·S) source ids, each sentence ending with <eos>. */
  src: Int32Array;
  /** (B·T) decoder inputs: <bos> then the target. */
  tgtIn: Int32Array;
  /** (B·T) what each position should predict: the target then <eos>; <pad> is not scored. */
  tgtOut: Int32Array;
  /** (B·S) for guided encoder attention: the source position each source position should attend to, or −1. */
  guidance: Int32Array;
  /** (B·T) for guided encoder-decoder attention: the source position each target row should attend to, or −1. */
  crossGuidance: Int32Array;
}

/**
 * A pair of token ids, and where guided attention should look: `guide` as [query, key] source
 * positions, `crossGuide` as [target position, source position].
 */
export interface IdPair {
  src: number[];
  tgt: number[];
  guide?: readonly (readonly [number, number])[];
  crossGuide?: readonly (readonly [number, number])[];
}

/** Pads token-id pairs (without special tokens) into a batch: src + <eos>, <bos> + tgt, tgt + <eos>. */
export function makeBatch(pairs: readonly IdPair[]): Batch {
  if (pairs.length === 0) throw new Error('a batch needs at least one sentence pair');
  const batchSize = pairs.length;
  const srcLength = Math.max(...pairs.map((p) => p.src.length + 1));
  const tgtLength = Math.max(...pairs.map((p) => p.tgt.length + 1));
  const src = new Int32Array(batchSize * srcLength).fill(PAD);
  const tgtIn = new Int32Array(batchSize * tgtLength).fill(PAD);
  const tgtOut = new Int32Array(batchSize * tgtLength).fill(PAD);
  const guidance = new Int32Array(batchSize * srcLength).fill(-1);
  const crossGuidance = new Int32Array(batchSize * tgtLength).fill(-1);
  pairs.forEach((pair, b) => {
    for (const [query, key] of pair.guide ?? []) guidance[b * srcLength + query] = key;
    for (const [query, key] of pair.crossGuide ?? []) crossGuidance[b * tgtLength + query] = key;
    src.set(pair.src, b * srcLength);
    src[b * srcLength + pair.src.length] = EOS;
    tgtIn[b * tgtLength] = BOS;
    tgtIn.set(pair.tgt, b * tgtLength + 1);
    tgtOut.set(pair.tgt, b * tgtLength);
    tgtOut[b * tgtLength + pair.tgt.length] = EOS;
  });
  return { src, tgtIn, tgtOut, guidance, crossGuidance, batchSize, srcLength, tgtLength };
}

/**
 * Splits a batch into `parts` shares of consecutive sentences, as even as they go, each keeping the
 * batch's padded lengths: a sentence is computed the same in its share as in the whole batch.
 */
export function splitBatch(batch: Batch, parts: number): Batch[] {
  const { batchSize, srcLength, tgtLength } = batch;
  if (!(Number.isInteger(parts) && parts >= 1 && parts <= batchSize)) {
    throw new Error(`a batch of ${batchSize} sentences cannot be split into ${parts} shares`);
  }
  return Array.from({ length: parts }, (_, part) => {
    const first = Math.floor((part * batchSize) / parts);
    const end = Math.floor(((part + 1) * batchSize) / parts);
    const rows = (array: Int32Array, length: number) => array.slice(first * length, end * length);
    return {
      src: rows(batch.src, srcLength),
      tgtIn: rows(batch.tgtIn, tgtLength),
      tgtOut: rows(batch.tgtOut, tgtLength),
      guidance: rows(batch.guidance, srcLength),
      crossGuidance: rows(batch.crossGuidance, tgtLength),
      batchSize: end - first,
      srcLength,
      tgtLength,
    };
  });
}
