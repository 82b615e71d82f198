import { describe, expect, it } from 'vitest';
import { hypothesisTokens } from '../../src/engine/model/beam';
import { BOS, EOS, REFERENCE_CONFIG } from '../../src/engine/model/config';
import { forwardTrace } from '../../src/engine/model/forward';
import { greedyDecode } from '../../src/engine/model/greedy';
import { initParams, param, type Params } from '../../src/engine/model/params';
import type { DecodingChoice, Stage } from '../../src/engine/model/trace';
import { translate, translateStages } from '../../src/engine/model/translate';
import type { Tensor } from '../../src/engine/tensor';

const config = REFERENCE_CONFIG;
const V = config.tgtVocabSize;
const srcIds = [7, 19, 44, 23, 5, EOS];

/** Seeded weights nudged towards <eos> so that runs end before maxSteps, like a trained model's. */
function params(seed: number, eosBoost: number): Params {
  const changed = new Map(initParams(config, seed));
  const bias = param(changed, 'generator.bias');
  const data = bias.data.slice();
  data[EOS] += eosBoost;
  changed.set('generator.bias', { shape: bias.shape, data });
  return changed;
}

function run(p: Params, decoding: DecodingChoice) {
  const stages: Stage[] = [];
  const trace = translate(p, config, srcIds, decoding, (stage) => stages.push(stage));
  return { trace, stages };
}

function get(tensors: Map<string, Tensor>, name: string): Tensor {
  const t = tensors.get(name);
  if (!t) throw new Error(`no tensor named ${name}`);
  return t;
}

describe('translate', () => {
  const greedyParams = params(43, 0.6);
  const { trace, stages } = run(greedyParams, { kind: 'greedy' });
  const T = trace.tgtIds.length;

  it('reports stages in order: source, each encoder layer, each step, decoder, output', () => {
    const steps = trace.outputIds.length;
    expect(steps).toBeGreaterThan(1);
    expect(stages.map((stage) => stage.name)).toEqual([
      'source',
      'enc.0',
      'enc.1',
      ...Array.from({ length: steps }, (_, t) => `decode.${t}`),
      'decoder',
      'output',
    ]);
  });

  it('puts in each stage the tensors it computed, and all of them in the trace', () => {
    const names = (stage: Stage) => [...stage.tensors.keys()];
    const byName = new Map(stages.map((stage) => [stage.name, stage]));
    const stage = (name: string): Stage => {
      const found = byName.get(name);
      if (!found) throw new Error(`no stage ${name}`);
      return found;
    };
    expect(names(stage('source')).sort()).toEqual([
      'src.embed',
      'src.input',
      'src.pe',
      'src.tokens',
    ]);
    for (const l of [0, 1]) {
      expect(names(stage(`enc.${l}`)).every((name) => name.startsWith(`enc.${l}.`))).toBe(true);
      expect(names(stage(`enc.${l}`))).toContain(`enc.${l}.norm2`);
    }
    expect(names(stage('decode.0'))).toEqual(['decode.0.probs']);
    expect(names(stage('decoder')).every((name) => /^(tgt|dec)\./.test(name))).toBe(true);
    expect(names(stage('output')).sort()).toEqual(['out.logits', 'out.probs']);
    const all = stages.flatMap(names);
    expect([...trace.tensors.keys()].sort()).toEqual([...all].sort());
  });

  it('decodes greedily what greedyDecode decodes, with at most maxLength − 1 tokens', () => {
    const greedy = greedyDecode(greedyParams, config, srcIds, { maxSteps: config.maxLength - 1 });
    expect(trace.outputIds).toEqual(greedy.outputIds);
    expect(trace.outputIds.at(-1)).toBe(EOS);
    expect(trace.steps).toEqual(greedy.steps);
    expect([...trace.tgtIds]).toEqual([BOS, ...trace.outputIds]);
    expect([...trace.srcIds]).toEqual(srcIds);
    stages
      .filter((stage) => stage.name.startsWith('decode.'))
      .forEach((stage, t) => expect(stage.step).toEqual(greedy.steps[t]));
  });

  it('records the teacher-forced rerun exactly as forwardTrace computes it', () => {
    const reference = forwardTrace(greedyParams, config, srcIds, trace.tgtIds);
    for (const [name, t] of reference) expect(get(trace.tensors, name), name).toEqual(t);
  });

  it('reports in decode.{t}.probs the distribution that out.probs row t holds', () => {
    const probs = get(trace.tensors, 'out.probs');
    expect(probs.shape).toEqual([T, V]);
    for (let t = 0; t < trace.outputIds.length; t++) {
      const stepProbs = get(trace.tensors, `decode.${t}.probs`);
      expect(stepProbs.shape).toEqual([V]);
      expect(stepProbs.data).toEqual(probs.data.subarray(t * V, (t + 1) * V));
    }
  });

  it('stops at maxLength − 1 tokens when the model never says <eos>', () => {
    const { trace: long } = run(params(42, -1e4), { kind: 'greedy' });
    expect(long.outputIds).toHaveLength(config.maxLength - 1);
    expect(long.tgtIds).toHaveLength(config.maxLength);
    expect(get(long.tensors, 'dec.1.self.weights').shape).toEqual([
      config.heads,
      config.maxLength,
      config.maxLength,
    ]);
  });

  it('with beam search returns the tree, the best hypothesis as output, and its steps', () => {
    const beamParams = params(41, 0.9);
    const { trace: beamTrace, stages: beamStages } = run(beamParams, {
      kind: 'beam',
      beamSize: 3,
      returnBeams: 2,
      lengthPenalty: 0.6,
    });
    const beam = beamTrace.beam;
    if (!beam) throw new Error('the trace has no beam');
    expect(beam.best).toHaveLength(2);
    expect([...beamTrace.outputIds]).toEqual(hypothesisTokens(beam, beam.best[0]));
    expect([...beamTrace.tgtIds]).toEqual([BOS, ...beamTrace.outputIds]);
    const lastStep = Math.max(...beam.nodes.map((node) => node.step));
    expect(beamStages.map((stage) => stage.name)).toEqual([
      'source',
      'enc.0',
      'enc.1',
      ...Array.from({ length: lastStep }, (_, t) => `decode.${t}`),
      'decoder',
      'output',
    ]);
    // The steps read along the best hypothesis add up to its log-probability.
    expect(beamTrace.steps.map((step) => step.chosenId)).toEqual([...beamTrace.outputIds]);
    const total = beamTrace.steps.reduce((sum, step) => sum + step.logProb, 0);
    expect(total).toBeCloseTo(beam.nodes[beam.best[0]].logProb, 5);
  });

  it("with beam search also holds greedy decoding's choice for the same source", () => {
    const beamParams = params(42, 0.9);
    const { trace: beamTrace } = run(beamParams, {
      kind: 'beam',
      beamSize: 3,
      returnBeams: 1,
      lengthPenalty: 0.6,
    });
    const greedy = greedyDecode(beamParams, config, srcIds, { maxSteps: config.maxLength - 1 });
    expect(beamTrace.greedy?.outputIds).toEqual(greedy.outputIds);
    expect(beamTrace.greedy?.steps).toEqual(greedy.steps);
    // A greedy run carries no second decoding.
    expect(run(beamParams, { kind: 'greedy' }).trace.greedy).toBeUndefined();
  });

  it('hands out the same stages one at a time, then returns the same trace', () => {
    const stream = translateStages(greedyParams, config, srcIds, { kind: 'greedy' });
    const handed: Stage[] = [];
    let next = stream.next();
    for (; !next.done; next = stream.next()) handed.push(next.value);
    expect(handed.map((stage) => stage.name)).toEqual(stages.map((stage) => stage.name));
    for (const [k, stage] of handed.entries())
      for (const [name, t] of stage.tensors)
        expect(t.data, name).toEqual(get(stages[k].tensors, name).data);
    expect(next.value.outputIds).toEqual(trace.outputIds);
    expect(next.value.steps).toEqual(trace.steps);
    expect([...next.value.tensors.keys()]).toEqual([...trace.tensors.keys()]);
  });
});
