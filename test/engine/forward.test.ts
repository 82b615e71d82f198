import { describe, expect, it } from 'vitest';
import { forwardTrace } from '../../src/engine/model/forward';
import { BOS, EOS, REFERENCE_CONFIG, headSize } from '../../src/engine/model/config';
import { initParams, param } from '../../src/engine/model/params';
import { parseTraceName, traceName, type TraceName } from '../../src/engine';
import type { Tensor } from '../../src/engine/tensor';

const config = REFERENCE_CONFIG;
const params = initParams(config, 7);
const srcIds = [5, 17, 33, 9, 60, 12, EOS];
const tgtIds = [BOS, 8, 41, 22, 30];
const S = srcIds.length;
const T = tgtIds.length;
const d = config.dModel;
const h = config.heads;
const dk = headSize(config);
const trace = forwardTrace(params, config, srcIds, tgtIds);

function get(name: TraceName): Tensor {
  const t = trace.get(name);
  if (!t) throw new Error(`trace has no ${name}`);
  return t;
}

/** The documented names and shapes, written out from the trace table. */
function documentedShapes(): Map<string, number[]> {
  const shapes = new Map<string, number[]>();
  const sublayerNames = (prefix: string, queries: number, keys: number) => {
    shapes.set(`${prefix}.q`, [h, queries, dk]);
    shapes.set(`${prefix}.k`, [h, keys, dk]);
    shapes.set(`${prefix}.v`, [h, keys, dk]);
    for (const name of ['scores', 'scaled', 'weights'])
      shapes.set(`${prefix}.${name}`, [h, queries, keys]);
    shapes.set(`${prefix}.z`, [h, queries, dk]);
    shapes.set(`${prefix}.concat`, [queries, d]);
    shapes.set(`${prefix}.out`, [queries, d]);
  };
  for (const [side, length] of [
    ['src', S],
    ['tgt', T],
  ] as const) {
    shapes.set(`${side}.tokens`, [length]);
    for (const name of ['embed', 'pe', 'input']) shapes.set(`${side}.${name}`, [length, d]);
  }
  for (let l = 0; l < config.encoderLayers; l++) {
    sublayerNames(`enc.${l}.self`, S, S);
    for (const name of ['add1', 'norm1', 'ffn.out', 'add2', 'norm2'])
      shapes.set(`enc.${l}.${name}`, [S, d]);
    shapes.set(`enc.${l}.ffn.hidden`, [S, config.dFF]);
  }
  for (let l = 0; l < config.decoderLayers; l++) {
    sublayerNames(`dec.${l}.self`, T, T);
    sublayerNames(`dec.${l}.cross`, T, S);
    for (const name of ['add1', 'norm1', 'add2', 'norm2', 'ffn.out', 'add3', 'norm3']) {
      shapes.set(`dec.${l}.${name}`, [T, d]);
    }
    shapes.set(`dec.${l}.ffn.hidden`, [T, config.dFF]);
  }
  shapes.set('out.logits', [T, config.tgtVocabSize]);
  shapes.set('out.probs', [T, config.tgtVocabSize]);
  return shapes;
}

describe('forwardTrace', () => {
  it('records every documented trace name with its documented shape, and nothing else', () => {
    const expected = documentedShapes();
    expect([...trace.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [text, shape] of expected) {
      const name = parseTraceName(text);
      if (!name) throw new Error(`${text} does not parse as a trace name`);
      expect(get(name).shape, name).toEqual(shape);
      expect(get(name).data.length, name).toBe(shape.reduce((a, b) => a * b, 1));
    }
  });

  it('builds the names it records with traceName, and parses no name it does not record', () => {
    expect(traceName.enc(1).self('weights')).toBe('enc.1.self.weights');
    expect(traceName.dec(0).cross('z')).toBe('dec.0.cross.z');
    expect(traceName.dec(1).residual('norm3')).toBe('dec.1.norm3');
    expect(traceName.enc(0).ffn('hidden')).toBe('enc.0.ffn.hidden');
    expect(traceName.input('tgt', 'pe')).toBe('tgt.pe');
    expect(traceName.out('probs')).toBe('out.probs');
    for (const name of trace.keys()) expect(parseTraceName(name)).toBe(name);
    for (const wrong of [
      'enc.0.slef.q',
      'enc.x.self.q',
      'enc.0.cross.q',
      'out.prob',
      'src.input ',
    ]) {
      expect(parseTraceName(wrong), wrong).toBeNull();
    }
  });

  it('computes only finite numbers', () => {
    for (const [name, t] of trace) {
      const finite = [...t.data].every(Number.isFinite);
      // Masked entries of the decoder's scaled scores are the only infinities.
      if (/^dec\.\d\.self\.scaled$/.test(name)) continue;
      expect(finite, name).toBe(true);
    }
  });

  it('scales embeddings by √d_model and adds the positional encoding', () => {
    const table = param(params, 'src_embed.weight').data;
    const embed = get('src.embed').data;
    const pe = get('src.pe').data;
    const input = get('src.input').data;
    for (let s = 0; s < S; s++) {
      for (let c = 0; c < d; c++) {
        const i = s * d + c;
        expect(embed[i]).toBeCloseTo(table[srcIds[s] * d + c] * Math.sqrt(d), 5);
        expect(input[i]).toBeCloseTo(embed[i] + pe[i], 5);
      }
    }
    expect([...get('src.tokens').data]).toEqual(srcIds);
    expect([...get('tgt.tokens').data]).toEqual(tgtIds);
  });

  it('gives head i the columns i·d_k … (i+1)·d_k − 1 of x W^Qᵀ + b', () => {
    const w = param(params, 'encoder.layers.0.self_attn.q_proj.weight').data;
    const b = param(params, 'encoder.layers.0.self_attn.q_proj.bias').data;
    const x = get('src.input').data;
    const q = get('enc.0.self.q').data;
    for (let head = 0; head < h; head++) {
      for (let s = 0; s < S; s++) {
        for (let c = 0; c < dk; c++) {
          const column = head * dk + c;
          let expected = b[column];
          for (let p = 0; p < d; p++) expected += x[s * d + p] * w[column * d + p];
          expect(q[(head * S + s) * dk + c]).toBeCloseTo(expected, 4);
        }
      }
    }
  });

  it('divides scores by √d_k and places the heads side by side in concat', () => {
    const scores = get('enc.1.self.scores').data;
    const scaled = get('enc.1.self.scaled').data;
    scores.forEach((score, i) => expect(scaled[i]).toBeCloseTo(score / Math.sqrt(dk), 5));
    const z = get('dec.0.cross.z').data;
    const concat = get('dec.0.cross.concat').data;
    for (let head = 0; head < h; head++) {
      for (let t = 0; t < T; t++) {
        for (let c = 0; c < dk; c++)
          expect(concat[t * d + head * dk + c]).toBe(z[(head * T + t) * dk + c]);
      }
    }
  });

  it('masks the decoder self-attention causally: later positions weigh exactly 0', () => {
    for (let l = 0; l < config.decoderLayers; l++) {
      const scaled = get(`dec.${l}.self.scaled`).data;
      const weights = get(`dec.${l}.self.weights`).data;
      for (let head = 0; head < h; head++) {
        for (let t = 0; t < T; t++) {
          let rowSum = 0;
          for (let j = 0; j < T; j++) {
            const i = (head * T + t) * T + j;
            rowSum += weights[i];
            if (j > t) {
              expect(scaled[i]).toBe(-Infinity);
              expect(weights[i]).toBe(0);
            } else {
              expect(weights[i]).toBeGreaterThan(0);
            }
          }
          expect(rowSum).toBeCloseTo(1, 6);
        }
      }
    }
  });

  it('leaves encoder and cross-attention unmasked: every weight positive, rows summing to 1', () => {
    for (const [name, keys] of [
      ['enc.0.self.weights', S],
      ['dec.1.cross.weights', S],
    ] as const) {
      const weights = get(name).data;
      expect([...weights].every((w) => w > 0)).toBe(true);
      for (let row = 0; row < weights.length / keys; row++) {
        const sum = weights.subarray(row * keys, (row + 1) * keys).reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(1, 6);
      }
    }
  });

  it('is post-norm: add1 = x + attention, norm1 = LayerNorm(add1), and the layer output feeds the next', () => {
    const x = get('src.input').data;
    const attended = get('enc.0.self.out').data;
    const add1 = get('enc.0.add1').data;
    add1.forEach((value, i) => expect(value).toBeCloseTo(x[i] + attended[i], 5));
    const norm1 = get('enc.0.norm1').data;
    for (let s = 0; s < S; s++) {
      const row = [...norm1.subarray(s * d, (s + 1) * d)];
      const mean = row.reduce((a, b) => a + b, 0) / d;
      expect(mean).toBeCloseTo(0, 5);
    }
    const layer0 = get('enc.0.norm2').data;
    const add1Next = get('enc.1.add1').data;
    const attendedNext = get('enc.1.self.out').data;
    add1Next.forEach((value, i) => expect(value).toBeCloseTo(layer0[i] + attendedNext[i], 5));
  });

  it('applies ReLU in the feed-forward hidden layer', () => {
    const hidden = get('dec.1.ffn.hidden').data;
    expect([...hidden].every((value) => value >= 0)).toBe(true);
    expect([...hidden].some((value) => value > 0)).toBe(true);
  });

  it('gives each output position a distribution over the target vocabulary', () => {
    const probs = get('out.probs').data;
    const V = config.tgtVocabSize;
    for (let t = 0; t < T; t++) {
      expect(probs.subarray(t * V, (t + 1) * V).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
  });

  it('rejects ids outside the vocabulary and sequences longer than maxLength', () => {
    expect(() => forwardTrace(params, config, [5, 64, EOS], tgtIds)).toThrow(
      /source id 64 at position 1/,
    );
    expect(() => forwardTrace(params, config, srcIds, [BOS, -1])).toThrow(/target id -1/);
    const tooLong = Array.from({ length: config.maxLength + 1 }, () => 5);
    expect(() => forwardTrace(params, config, tooLong, tgtIds)).toThrow(/1 to 32 tokens/);
    expect(() => forwardTrace(params, config, [], tgtIds)).toThrow(/found 0/);
  });

  it('sees parameters updated in place or replaced by name in the same map', () => {
    const own = initParams(config, 8);
    const logitsOf = (p: typeof own): Float32Array => {
      const logits = forwardTrace(p, config, srcIds, tgtIds).get('out.logits');
      if (!logits) throw new Error('the trace has no out.logits');
      return logits.data;
    };
    const before = logitsOf(own).slice();
    param(own, 'generator.bias').data[3] += 1;
    const inPlace = logitsOf(own);
    for (let t = 0; t < T; t++) {
      expect(inPlace[t * config.tgtVocabSize + 3]).toBeCloseTo(
        before[t * config.tgtVocabSize + 3] + 1,
        5,
      );
    }
    const bias = param(own, 'generator.bias');
    own.set('generator.bias', { shape: bias.shape, data: bias.data.map((b) => b - 2) });
    const replaced = logitsOf(own);
    replaced.forEach((value, i) => expect(value).toBeCloseTo(inPlace[i] - 2, 5));
    own.set('generator.bias', { shape: [2], data: new Float32Array(2) });
    expect(() => forwardTrace(own, config, srcIds, tgtIds)).toThrow(/generator.bias/);
  });

  it('rejects a parameter of the wrong shape with its name', () => {
    const broken = new Map(params);
    broken.set('decoder.layers.1.norm2.weight', { shape: [3], data: new Float32Array(3) });
    expect(() => forwardTrace(broken, config, srcIds, tgtIds)).toThrow(
      /"decoder.layers.1.norm2.weight" should be \[64\], found \[3\]/,
    );
  });
});
