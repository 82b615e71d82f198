/**
 * The effect of switching a head off equals a plain forward pass with that head's columns of
 * W^O zeroed: its block of the concatenation then reaches nothing, which is what switching off means.
 */
import { describe, expect, it } from 'vitest';
import { everyHead, headAblationEffects } from '../../src/engine/attribution';
import type { AblatedHead } from '../../src/engine/model/ablation';
import { REFERENCE_CONFIG, headSize, type ModelConfig } from '../../src/engine/model/config';
import { forwardTrace } from '../../src/engine/model/forward';
import { decoderLayerPrefix, encoderLayerPrefix, type Params } from '../../src/engine/model/params';
import { tensor } from '../../src/engine/tensor';
import { setting } from './fixtures';

/** A copy of params with head `head`'s input columns of its sublayer's W^O set to zero. */
function withHeadZeroed(params: Params, config: ModelConfig, head: AblatedHead): Params {
  const prefix =
    head.kind === 'enc'
      ? `${encoderLayerPrefix(head.layer)}.self_attn`
      : `${decoderLayerPrefix(head.layer)}.${head.kind === 'dec-self' ? 'self_attn' : 'cross_attn'}`;
  const name = `${prefix}.out_proj.weight`;
  const original = params.get(name);
  if (!original) throw new Error(`no ${name}`);
  const zeroed = tensor(original.shape, original.data.slice());
  const d = config.dModel;
  const dk = headSize(config);
  for (let o = 0; o < d; o++)
    zeroed.data.fill(0, o * d + head.head * dk, o * d + (head.head + 1) * dk);
  return new Map(params).set(name, zeroed);
}

describe('head ablation effects', () => {
  const config: ModelConfig = { ...REFERENCE_CONFIG, encoderLayers: 2, decoderLayers: 2, heads: 2 };
  const { params, word } = setting(config, 21, 5, 2);
  const prefix = Array.from(word.tgtIds).slice(0, word.position + 1);
  const probabilityIn = (trace: ReturnType<typeof forwardTrace>) =>
    (trace.get('out.probs')?.data ?? [])[word.position * config.tgtVocabSize + word.wordId];

  it('lists every head of every sublayer once', () => {
    const { heads } = headAblationEffects(params, config, word);
    expect(heads).toHaveLength(config.heads * (config.encoderLayers + 2 * config.decoderLayers));
    expect(heads.map(({ kind, layer, head }) => ({ kind, layer, head }))).toEqual(
      everyHead(config),
    );
  });

  it("equals a forward pass with that head's W^O columns zeroed, for every head", () => {
    const { probability, heads } = headAblationEffects(params, config, word);
    expect(probability).toBeCloseTo(
      probabilityIn(forwardTrace(params, config, word.srcIds, prefix)),
      7,
    );
    for (const head of heads) {
      const zeroed = forwardTrace(
        withHeadZeroed(params, config, head),
        config,
        word.srcIds,
        prefix,
      );
      expect(probability + head.effect, `${head.kind} ${head.layer}.${head.head}`).toBeCloseTo(
        probabilityIn(zeroed),
        6,
      );
    }
    expect(heads.some((head) => Math.abs(head.effect) > 1e-4)).toBe(true);
  });
});
