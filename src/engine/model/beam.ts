/**
 * Beam search: instead of the single most probable token, keep the beamSize best partial
 * translations at every step. Every hypothesis ever scored becomes a node of a tree
 * (BeamNode in trace.ts) so a view can draw what was kept, pruned and finished.
 *
 * Score: plain length normalization, score = logProb / length^α, where length counts the
 * generated tokens (<eos> included) and α is lengthPenalty; α = 0 ranks by log-probability alone.
 * (Not GNMT's ((5 + length) / 6)^α.)
 *
 * One step: each live hypothesis proposes its beamSize most probable next tokens, never <pad>
 * or <bos> (a token ranked lower by its own parent could never make the cut). All proposals, which share one
 * length, are ranked by score; walking down the ranking, an <eos> proposal finishes its
 * hypothesis and any other is kept, until beamSize are kept; the rest are pruned. The search
 * stops once beamSize hypotheses have finished, none is live, or maxSteps steps were taken.
 */
import { logSumExp } from '../ops/softmax';
import { ablateWeights, type HeadAblation } from './ablation';
import { BOS, EOS, type ModelConfig } from './config';
import { NEVER_CHOSEN, topIndices } from './candidates';
import { checkMaxSteps, encodeSource } from './greedy';
import {
  copySelfAttentionCache,
  createSelfAttentionCache,
  createStepScratch,
  crossAttentionMemory,
  decoderStep,
  type SelfAttentionCache,
} from './incremental';
import type { Params } from './params';
import type { BeamNode, BeamResult } from './trace';
import { resolveWeights, type ModelWeights } from './weights';

export interface BeamOptions {
  /** Hypotheses kept alive at each step. */
  beamSize: number;
  /** How many of the best hypotheses to return (1 … beamSize). */
  returnBeams: number;
  /** α of score = logProb / length^α. */
  lengthPenalty: number;
  /** Most tokens a hypothesis may hold (<eos> included). */
  maxSteps: number;
  /** Heads switched off (ablation.ts); none by default. */
  ablatedHeads?: HeadAblation;
}

/** A live hypothesis and the keys and values of its positions. */
interface LiveHypothesis {
  node: BeamNode;
  cache: SelfAttentionCache;
}

interface Proposal {
  node: BeamNode;
  parent: LiveHypothesis;
}

function checkBeamOptions(options: BeamOptions, config: ModelConfig): void {
  const { beamSize, returnBeams, lengthPenalty } = options;
  if (!Number.isInteger(beamSize) || beamSize < 1) {
    throw new Error(`beamSize must be a whole number of at least 1, found ${beamSize}`);
  }
  if (!Number.isInteger(returnBeams) || returnBeams < 1 || returnBeams > beamSize) {
    throw new Error(
      `returnBeams must be a whole number from 1 to beamSize (${beamSize}), found ${returnBeams}`,
    );
  }
  if (!Number.isFinite(lengthPenalty) || lengthPenalty < 0) {
    throw new Error(`lengthPenalty must be a number of at least 0, found ${lengthPenalty}`);
  }
  checkMaxSteps(options.maxSteps, config);
}

/** Higher score first; the earlier node first among equals, so results never depend on sort internals. */
function byScore(a: BeamNode, b: BeamNode): number {
  return b.score - a.score || a.id - b.id;
}

/** Beam search from an encoded source (memory: S × d); onStep is told each finished step. */
export function beamSearchFromMemory(
  weights: ModelWeights,
  memory: Float32Array,
  sourceLength: number,
  options: BeamOptions,
  onStep?: (step: number) => void,
): BeamResult {
  const { config } = weights;
  checkBeamOptions(options, config);
  const { beamSize, lengthPenalty, maxSteps } = options;
  const vocab = config.tgtVocabSize;
  const capacity = Math.max(maxSteps, 1);
  const cross = crossAttentionMemory(weights, memory, sourceLength);
  const scratch = createStepScratch(config, capacity, sourceLength);
  const spareCaches: SelfAttentionCache[] = [];

  const root: BeamNode = {
    id: 0,
    parent: -1,
    step: 0,
    tokenId: BOS,
    logProb: 0,
    score: 0,
    status: 'kept',
  };
  const nodes: BeamNode[] = [root];
  const finished: BeamNode[] = [];
  let live: LiveHypothesis[] = [{ node: root, cache: createSelfAttentionCache(config, capacity) }];

  for (let step = 1; step <= maxSteps && live.length > 0 && finished.length < beamSize; step++) {
    const proposals: Proposal[] = [];
    for (const hypothesis of live) {
      const logits = decoderStep(
        weights,
        cross,
        hypothesis.cache,
        scratch,
        hypothesis.node.tokenId,
        step - 1,
      );
      const normalizer = logSumExp(logits, 0, vocab);
      for (const tokenId of topIndices(logits, 0, vocab, beamSize, NEVER_CHOSEN)) {
        // log p(token | prefix) = logit − log Σ exp(logits), added to the prefix's log-probability.
        const logProb = hypothesis.node.logProb + (logits[tokenId] - normalizer);
        const node: BeamNode = {
          id: nodes.length,
          parent: hypothesis.node.id,
          step,
          tokenId,
          logProb,
          score: logProb / Math.pow(step, lengthPenalty),
          status: 'pruned',
        };
        nodes.push(node);
        proposals.push({ node, parent: hypothesis });
      }
    }
    proposals.sort((a, b) => byScore(a.node, b.node));

    const kept: Proposal[] = [];
    for (const proposal of proposals) {
      if (kept.length === beamSize) break;
      if (proposal.node.tokenId === EOS) {
        proposal.node.status = 'finished';
        finished.push(proposal.node);
      } else {
        proposal.node.status = 'kept';
        kept.push(proposal);
      }
    }
    live = continueHypotheses(kept, live, spareCaches, config, capacity);
    onStep?.(step);
  }

  const best = [...finished.sort(byScore), ...live.map((h) => h.node).sort(byScore)]
    .slice(0, options.returnBeams)
    .map((node) => node.id);
  return { beamSize, lengthPenalty, nodes, best };
}

/**
 * The next step's live hypotheses: each kept proposal takes over its parent's cache, or a copy
 * of it when a sibling already did; caches of parents with no kept child are recycled.
 */
function continueHypotheses(
  kept: Proposal[],
  parents: LiveHypothesis[],
  spareCaches: SelfAttentionCache[],
  config: ModelConfig,
  capacity: number,
): LiveHypothesis[] {
  const claimed = new Set<LiveHypothesis>();
  const next: (LiveHypothesis | null)[] = kept.map((proposal) => {
    if (claimed.has(proposal.parent)) return null;
    claimed.add(proposal.parent);
    return { node: proposal.node, cache: proposal.parent.cache };
  });
  for (const parent of parents) if (!claimed.has(parent)) spareCaches.push(parent.cache);
  return kept.map((proposal, i) => {
    const taken = next[i];
    if (taken) return taken;
    const cache = spareCaches.pop() ?? createSelfAttentionCache(config, capacity);
    copySelfAttentionCache(cache, proposal.parent.cache);
    return { node: proposal.node, cache };
  });
}

/** Beam search over srcIds (ending with <eos>). */
export function beamSearch(
  params: Params,
  config: ModelConfig,
  srcIds: ArrayLike<number>,
  options: BeamOptions,
): BeamResult {
  const weights = ablateWeights(resolveWeights(params, config), options.ablatedHeads ?? []);
  return beamSearchFromMemory(weights, encodeSource(weights, srcIds), srcIds.length, options);
}

/** The tokens of the hypothesis ending at node `nodeId`, after <bos>, oldest first. */
export function hypothesisTokens(result: BeamResult, nodeId: number): number[] {
  const tokens: number[] = [];
  for (let node = result.nodes[nodeId]; node.parent !== -1; node = result.nodes[node.parent]) {
    tokens.push(node.tokenId);
  }
  return tokens.reverse();
}
