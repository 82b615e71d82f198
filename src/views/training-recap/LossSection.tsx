/**
 * "The Loss Function": the target distributions of a sentence pair beside the model's, and the
 * cross-entropy between them. The pair is the reader's sentence and the translation on screen,
 * whose teacher-forced pass the run already holds (out.probs): row t is the model's distribution
 * for the translation's word t, having read the words before it.
 */
import { useMemo } from 'react';
import { formatValue } from '../../components';
import { useFigureStore } from '../figureStore';
import { useTargetWords } from '../output/targetWords';
import { LossFigure, type ScoredModel } from './LossFigure';
import { LABEL_SMOOTHING, crossEntropy, smoothedTarget } from './targets';
import './training-recap.css';

export function LossSection() {
  const words = useTargetWords();
  const run = useFigureStore((s) => s.lastGood);
  const trained = useFigureStore((s) => s.modelInfo?.trained ?? false);
  const modelKey = useFigureStore((s) => s.modelKey);
  const probs = run?.trace.get('out.probs');
  const models = useMemo<ScoredModel[]>(
    () =>
      probs
        ? [
            {
              key: trained ? 'trained' : 'untrained',
              label: trained ? 'Trained model' : 'Untrained model (seeded random weights)',
              probs: probs.data,
            },
          ]
        : [],
    [probs, trained],
  );
  if (!run || models.length === 0 || words.length === 0) {
    return <p className="recap-note">The loss appears here once a translation has run.</p>;
  }
  const { result } = run;
  const vocab = words.length;
  const smoothedFloor = crossEntropy(
    smoothedTarget(0, vocab, LABEL_SMOOTHING),
    smoothedTarget(0, vocab, LABEL_SMOOTHING),
  );
  return (
    <div className="recap-section" data-model={modelKey}>
      <p>
        For each position of the reference translation, the target is a distribution that puts its
        mass on the reference word. The model, reading the source sentence and the reference up to
        that position, predicts its own distribution. Cross-entropy measures how far apart they are:
        against a one-hot target it is simply −ln of the probability the model gave the right word,
        0 when it was certain and right, large when it gave that word little chance. Training nudges
        every weight, by backpropagation, to make this number smaller over many pairs.
      </p>
      <p>
        The models here were trained with label smoothing (ε = {LABEL_SMOOTHING}): the target keeps{' '}
        {formatValue(1 - LABEL_SMOOTHING)} of its mass on the right word and spreads{' '}
        {LABEL_SMOOTHING} evenly over all {vocab} words, so the model is never pushed to be entirely
        certain. With it, even a perfect prediction scores {formatValue(smoothedFloor)} nats per
        word, not 0. A model guessing uniformly would score ln {vocab} ={' '}
        {formatValue(Math.log(vocab))}.
      </p>
      <p className="recap-pair" data-testid="loss-pair">
        Source: <strong>{result.sourceTokens.join(' ')}</strong>
        <br />
        Reference: <strong>{result.outputTokens.join(' ')}</strong> (the translation on screen,
        right or wrong, so each target word is the word the model itself chose)
      </p>
      <LossFigure
        referenceTokens={result.outputTokens}
        referenceIds={result.outputIds}
        vocabulary={words}
        models={models}
        smoothing={LABEL_SMOOTHING}
      />
    </div>
  );
}
