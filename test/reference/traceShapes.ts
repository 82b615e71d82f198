/**
 * The shape of every trace name for one run, as the trace contract lists them (the design's
 * table, which includes the token ids, and src/engine/model/trace.ts): S = source length, T = target length, h = heads, d_k = d_model / h.
 */
import { headSize, type ModelConfig } from '../../src/engine/model/config';

export function expectedTraceShapes(
  config: ModelConfig,
  sourceLength: number,
  targetLength: number,
): Map<string, number[]> {
  const d = config.dModel;
  const h = config.heads;
  const dk = headSize(config);
  const shapes = new Map<string, number[]>();
  const attention = (prefix: string, queries: number, keys: number) => {
    shapes.set(`${prefix}.q`, [h, queries, dk]);
    for (const name of ['k', 'v']) shapes.set(`${prefix}.${name}`, [h, keys, dk]);
    for (const name of ['scores', 'scaled', 'weights']) {
      shapes.set(`${prefix}.${name}`, [h, queries, keys]);
    }
    shapes.set(`${prefix}.z`, [h, queries, dk]);
    shapes.set(`${prefix}.concat`, [queries, d]);
    shapes.set(`${prefix}.out`, [queries, d]);
  };
  const rows = (prefix: string, names: string[], length: number, width: number) => {
    for (const name of names) shapes.set(`${prefix}.${name}`, [length, width]);
  };

  shapes.set('src.tokens', [sourceLength]);
  rows('src', ['embed', 'pe', 'input'], sourceLength, d);
  for (let l = 0; l < config.encoderLayers; l++) {
    attention(`enc.${l}.self`, sourceLength, sourceLength);
    rows(`enc.${l}`, ['add1', 'norm1', 'ffn.out', 'add2', 'norm2'], sourceLength, d);
    rows(`enc.${l}`, ['ffn.hidden'], sourceLength, config.dFF);
  }
  shapes.set('tgt.tokens', [targetLength]);
  rows('tgt', ['embed', 'pe', 'input'], targetLength, d);
  for (let l = 0; l < config.decoderLayers; l++) {
    attention(`dec.${l}.self`, targetLength, targetLength);
    attention(`dec.${l}.cross`, targetLength, sourceLength);
    const names = ['add1', 'norm1', 'add2', 'norm2', 'ffn.out', 'add3', 'norm3'];
    rows(`dec.${l}`, names, targetLength, d);
    rows(`dec.${l}`, ['ffn.hidden'], targetLength, config.dFF);
  }
  rows('out', ['logits', 'probs'], targetLength, config.tgtVocabSize);
  return shapes;
}
