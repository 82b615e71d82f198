/**
 * How well each encoder-decoder head points at the gold-aligned source word, as `npm run train`
 * measured it over the test split and wrote it in config.json (evaluation.alignment, see
 * src/evaluation/alignment.ts). Read defensively: a config.json without it, or with a layer or
 * a share out of range, gives null.
 */
import type { ModelConfig } from '../engine';
import { isPlainObject } from '../engine';

export interface LayerAlignmentInfo {
  /** Decoder layer, counted from 0. */
  layer: number;
  /** Share of gold-linked output words whose strongest source word is a gold link, per head. */
  perHead: number[];
  /** The same share for the heads' averaged weights. */
  averagedAccuracy: number;
}

const share = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && value <= 1;

export function readAlignment(json: unknown, config: ModelConfig): LayerAlignmentInfo[] | null {
  if (!isPlainObject(json) || !isPlainObject(json.evaluation)) return null;
  const layers = json.evaluation.alignment;
  if (!Array.isArray(layers) || layers.length !== config.decoderLayers) return null;
  const read: LayerAlignmentInfo[] = [];
  for (const [index, entry] of layers.entries()) {
    if (!isPlainObject(entry) || entry.layer !== index) return null;
    const { perHead, averagedAccuracy } = entry;
    if (!Array.isArray(perHead) || perHead.length !== config.heads) return null;
    const shares = perHead.filter(share);
    if (shares.length !== config.heads) return null;
    if (!share(averagedAccuracy)) return null;
    read.push({ layer: index, perHead: shares, averagedAccuracy });
  }
  return read;
}
