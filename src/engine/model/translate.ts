/**
 * One full run for the views: encode the source, decode (greedy or beam search), then run the
 * decoder once more, teacher-forced on <bos> + the chosen tokens, to record the whole T × T and
 * T × S attention matrices. Each stage is reported as soon as it is computed.
 */
import type { TraceName } from './traceNames';
import { tensor, type Tensor } from '../tensor';
import { ablateWeights, type HeadAblation } from './ablation';
import { beamSearchFromMemory, hypothesisTokens } from './beam';
import { describeStep } from './candidates';
import { BOS, type ModelConfig } from './config';
import { checkSequence, decodeStack, embedSource, outputDistribution } from './forward';
import { greedyFromMemory } from './greedy';
import { encoderLayer } from './layers';
import { TraceRecorder } from './recorder';
import type { Params } from './params';
import type { BeamResult, DecodeStep, DecodingChoice, GreedyChoice, Stage, Trace } from './trace';
import { resolveWeights } from './weights';

/**
 * Translates srcIds (ending with <eos>), producing at most config.maxLength − 1 tokens so that
 * <bos> + output fits the model. Stages, in order: `source`, `enc.{l}` for each layer,
 * `decode.{t}` for each step (greedy: with `step` and `decode.{t}.probs` (V); beam search: one
 * per step with no tensors, to show progress), `decoder` (tgt.*, dec.*), `output` (out.*).
 * The returned trace holds every tensor of every stage; a beam search's also holds what greedy
 * decoding chooses from the same encoder output. The heads in `ablation` are switched off.
 */
export function translate(
  params: Params,
  config: ModelConfig,
  srcIds: ArrayLike<number>,
  decoding: DecodingChoice,
  onStage?: (stage: Stage) => void,
  ablation: HeadAblation = [],
): Trace {
  checkSequence(srcIds, config.srcVocabSize, config, 'source');
  const weights = ablateWeights(resolveWeights(params, config), ablation);
  const sourceLength = srcIds.length;
  const vocab = config.tgtVocabSize;
  const tensors = new Map<TraceName, Tensor>();
  const report = (name: string, stageTensors: Map<TraceName, Tensor>, step?: DecodeStep): void => {
    for (const [key, value] of stageTensors) tensors.set(key, value);
    onStage?.(step ? { name, tensors: stageTensors, step } : { name, tensors: stageTensors });
  };

  let stage = new TraceRecorder();
  let memory = embedSource(stage, weights, srcIds);
  report('source', stage.tensors);
  weights.encoder.forEach((layer, l) => {
    stage = stage.nextStage();
    memory = encoderLayer(stage, l, layer, memory, sourceLength, config);
    report(`enc.${l}`, stage.tensors);
  });

  const maxSteps = config.maxLength - 1;
  let outputIds: Int32Array;
  let greedySteps: DecodeStep[] | undefined;
  let beam: BeamResult | undefined;
  let greedy: GreedyChoice | undefined;
  if (decoding.kind === 'greedy') {
    const result = greedyFromMemory(
      weights,
      memory,
      sourceLength,
      { maxSteps },
      (step, _, probs) => {
        const name = `decode.${step.position}` as const;
        report(name, new Map<TraceName, Tensor>([[`${name}.probs`, tensor([vocab], probs)]]), step);
      },
    );
    outputIds = result.outputIds;
    greedySteps = result.steps;
  } else {
    const options = {
      beamSize: decoding.beamSize,
      returnBeams: decoding.returnBeams,
      lengthPenalty: decoding.lengthPenalty,
      maxSteps,
    };
    beam = beamSearchFromMemory(weights, memory, sourceLength, options, (step) =>
      report(`decode.${step - 1}`, new Map<TraceName, Tensor>()),
    );
    outputIds = Int32Array.from(hypothesisTokens(beam, beam.best[0]));
    const alone = greedyFromMemory(weights, memory, sourceLength, { maxSteps });
    greedy = { outputIds: alone.outputIds, steps: alone.steps };
  }

  const tgtIds = Int32Array.from([BOS, ...outputIds]);
  stage = stage.nextStage();
  const decoded = decodeStack(stage, weights, tgtIds, memory, sourceLength);
  report('decoder', stage.tensors);
  stage = stage.nextStage();
  const { logits, probs } = outputDistribution(stage, weights, decoded, tgtIds.length);
  report('output', stage.tensors);

  const steps = greedySteps ?? stepsAlong(logits, probs, outputIds, vocab);
  const trace: Trace = { srcIds: Int32Array.from(srcIds), tgtIds, outputIds, tensors, steps };
  return beam && greedy ? { ...trace, beam, greedy } : trace;
}

/**
 * The steps of a chosen output read from the teacher-forced logits and probabilities (T × V):
 * row t is the distribution step t chose outputIds[t] from, identical to what decoding computed.
 */
function stepsAlong(
  logits: Float32Array,
  probs: Float32Array,
  outputIds: Int32Array,
  vocab: number,
): DecodeStep[] {
  return Array.from(outputIds, (chosenId, t) =>
    describeStep(logits, probs, t * vocab, vocab, t, chosenId),
  );
}
