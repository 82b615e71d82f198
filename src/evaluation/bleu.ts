/**
 * Corpus BLEU (Papineni et al., 2002) over tokenised sentences, one reference each:
 *   BLEU = BP · exp( Σ_{n=1..4} ¼ · log p_n ),  BP = min(1, exp(1 − r / c))
 * where p_n is the clipped n-gram precision summed over the whole corpus, r the total reference
 * length and c the total candidate length. Reported on a 0–100 scale, as papers do.
 */

function countNgrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface BleuResult {
  bleu: number;
  precisions: number[];
  brevityPenalty: number;
  candidateLength: number;
  referenceLength: number;
}

export function corpusBleu(
  candidates: readonly (readonly string[])[],
  references: readonly (readonly string[])[],
  maxOrder = 4,
): BleuResult {
  if (candidates.length !== references.length) {
    throw new Error(
      `BLEU needs one reference per candidate: ${candidates.length} vs ${references.length}`,
    );
  }
  const matches = new Array<number>(maxOrder).fill(0);
  const totals = new Array<number>(maxOrder).fill(0);
  let candidateLength = 0;
  let referenceLength = 0;
  candidates.forEach((candidate, index) => {
    const reference = references[index];
    candidateLength += candidate.length;
    referenceLength += reference.length;
    for (let n = 1; n <= maxOrder; n++) {
      const referenceCounts = countNgrams(reference, n);
      for (const [ngram, count] of countNgrams(candidate, n)) {
        // Clipped: an n-gram counts at most as often as the reference has it.
        matches[n - 1] += Math.min(count, referenceCounts.get(ngram) ?? 0);
      }
      totals[n - 1] += Math.max(candidate.length - n + 1, 0);
    }
  });
  const precisions = matches.map((m, i) => (totals[i] > 0 ? m / totals[i] : 0));
  const brevityPenalty =
    candidateLength === 0 ? 0 : Math.min(1, Math.exp(1 - referenceLength / candidateLength));
  const logMean = precisions.some((p) => p === 0)
    ? -Infinity
    : precisions.reduce((sum, p) => sum + Math.log(p), 0) / maxOrder;
  return {
    bleu: 100 * brevityPenalty * Math.exp(logMean),
    precisions,
    brevityPenalty,
    candidateLength,
    referenceLength,
  };
}
