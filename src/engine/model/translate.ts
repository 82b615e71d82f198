/**
 * One full run for the views: encode the source, decode (greedy or beam search), then run the
 * decoder once more, teacher-forced on <bos> + the chosen tokens, to record the whole T × T and
 * T × S attention matrices. Each stage is handed out as soon as it is computed.
 */
import type { TraceName } from './traceNames';
import { tensor, type Tensor } from '../tensor';
import { ablateWeights, type HeadAblation } from './ablation';
import { beamSearchFromMemory, hypothesisTokens } from './beam';
import { describeStep } from './candidates';
import { BOS, type ModelConfig } from './config';
import { checkSequence, decodeStack, embedSource, outputDistribution } from './forward';
import { greedyFromMemory, greedyStepsFromMemory } from './greedy';
import { encoderLayer } from './layers';
import { TraceRecorder } from './recorder';
import type { Params } from './params';
import type { BeamResult, DecodeStep, DecodingChoice, GreedyChoice, Stage, Trace } from './trace';
import { resolveWeights } from './weights';
import { runToEnd } from './runToEnd';

/**
 * Translates srcIds (ending with <eos>), producing at most config.maxLength − 1 tokens so that
 * <bos> + output fits the model, one stage at a time: each is yielded as soon as it is computed,
 * so that a caller can show it, or stop, before the next. Stages, in order: `source`, `enc.{l}`
 * for each layer, `decode.{t}` for each step (greedy: with `step` and `decode.{t}.probs` (V);
 * beam search: one per step with no tensors, to show progress, yielded once the search ends),
 * `decoder` (tgt.*, dec.*), `output` (out.*). Returns the trace, which holds every tensor of
 * every stage; a beam search's also holds what greedy decoding chooses from the same encoder
 * output. The heads in `ablation` are switched off.
 */
export function* translateStages(
  params: Params,
  config: ModelConfig,
  srcIds: ArrayLike<number>,
  decoding: DecodingChoice,
  ablation: HeadAblation = [],
): Generator<Stage, Trace, void> {
  checkSequence(srcIds, config.srcVocabSize, config, 'source');
  const weights = ablateWeights(resolveWeights(params, config), ablation);
  const sourceLength = srcIds.length;
  const vocab = config.tgtVocabSize;
  const tensors = new Map<TraceName, Tensor>();
  const stageOf = (name: string, stageTensors: Map<TraceName, Tensor>, step?: DecodeStep) => {
    for (const [key, value] of stageTensors) tensors.set(key, value);
    return step ? { name, tensors: stageTensors, step } : { name, tensors: stageTensors };
  };

  let stage = new TraceRecorder();
  let memory = embedSource(stage, weights, srcIds);
  yield stageOf('source', stage.tensors);
  for (const [l, layer] of weights.encoder.entries()) {
    stage = stage.nextStage();
    memory = encoderLayer(stage, l, layer, memory, sourceLength, config);
    yield stageOf(`enc.${l}`, stage.tensors);
  }

  const maxSteps = config.maxLength - 1;
  let outputIds: Int32Array;
  let greedySteps: DecodeStep[] | undefined;
  let beam: BeamResult | undefined;
  let greedy: GreedyChoice | undefined;
  if (decoding.kind === 'greedy') {
    const steps = greedyStepsFromMemory(weights, memory, sourceLength, { maxSteps });
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        outputIds = next.value.outputIds;
        greedySteps = next.value.steps;
        break;
      }
      const { step, probs } = next.value;
      const name = `decode.${step.position}` as const;
      yield stageOf(
        name,
        new Map<TraceName, Tensor>([[`${name}.probs`, tensor([vocab], probs)]]),
        step,
      );
    }
  } else {
    const options = {
      beamSize: decoding.beamSize,
      returnBeams: decoding.returnBeams,
      lengthPenalty: decoding.lengthPenalty,
      maxSteps,
    };
    const searched: number[] = [];
    beam = beamSearchFromMemory(weights, memory, sourceLength, options, (step) =>
      searched.push(step),
    );
    for (const step of searched) yield stageOf(`decode.${step - 1}`, new Map<TraceName, Tensor>());
    outputIds = Int32Array.from(hypothesisTokens(beam, beam.best[0]));
    const alone = greedyFromMemory(weights, memory, sourceLength, { maxSteps });
    greedy = { outputIds: alone.outputIds, steps: alone.steps };
  }

  const tgtIds = Int32Array.from([BOS, ...outputIds]);
  stage = stage.nextStage();
  const decoded = decodeStack(stage, weights, tgtIds, memory, sourceLength);
  yield stageOf('decoder', stage.tensors);
  stage = stage.nextStage();
  const { logits, probs } = outputDistribution(stage, weights, decoded, tgtIds.length);
  yield stageOf('output', stage.tensors);

  const steps = greedySteps ?? stepsAlong(logits, probs, outputIds, vocab);
  const trace: Trace = { srcIds: Int32Array.from(srcIds), tgtIds, outputIds, tensors, steps };
  return beam && greedy ? { ...trace, beam, greedy } : trace;
}

/** translateStages run to its end at once, each stage told to `onStage` as it is computed. */
export function translate(
  params: Params,
  config: ModelConfig,
  srcIds: ArrayLike<number>,
  decoding: DecodingChoice,
  onStage?: (stage: Stage) => void,
  ablation: HeadAblation = [],
): Trace {
  return runToEnd(translateStages(params, config, srcIds, decoding, ablation), onStage);
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
