/** What the engine client tells the page: models loaded, runs streaming, scores, attributions. */
import type { Attribution } from '../engine';
import type { DecisionOutcome } from './decision';
import type { EngineError, ModelInfo, ModelRef } from './protocol';
import type { CompletedRun, ModelContents, RunProgress, ScoredReference } from './runTypes';

/** What the client reports; every callback concerns the newest run or a requested model. */
export interface EngineListener {
  /** The model is ready; its words and parameters come with it. */
  modelLoaded: (info: ModelInfo, contents: ModelContents) => void;
  modelFailed: (ref: ModelRef, error: EngineError) => void;
  /** A run was asked for; said before any of its replies can arrive. */
  runStarted: (id: number) => void;
  stageReceived: (progress: RunProgress) => void;
  runFinished: (run: CompletedRun) => void;
  runFailed: (id: number, error: EngineError) => void;
  /** The worker died and a new one took its place (or, after repeated deaths, did not). */
  workerRestarted: (error: EngineError, restarted: boolean) => void;
  /** The newest score request's answer, for listeners that ask for scores. */
  scoreFinished?: (score: ScoredReference) => void;
  scoreFailed?: (id: number, error: EngineError) => void;
  /** One method's attribution for the newest `attribute` request, as it finishes. */
  attributionReceived?: (id: number, attribution: Attribution) => void;
  attributionFinished?: (id: number, computeMs: number) => void;
  attributionFailed?: (id: number, error: EngineError) => void;
  /** The answer to a `locateDecision` request (worker/decision.ts). */
  decisionArrived?: (id: number, outcome: DecisionOutcome) => void;
}
