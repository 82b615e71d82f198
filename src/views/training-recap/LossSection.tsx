/**
 * "The Loss Function": the target distributions of a sentence pair beside the models', and the
 * cross-entropy between them. The pair is the sentence on screen and a reference translation the
 * reader may edit; the worker scores it teacher-forced (out.probs, row t the distribution for
 * reference word t, having read the words before it) with the model and with its untrained twin,
 * so the loss before training sits beside the loss after.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatValue } from '../../components';
import { selectLossPair } from '../../store';
import type { ScoredReference } from '../../worker/runTypes';
import { useFigureStore } from '../figureStore';
import { useTargetWords } from '../output/targetWords';
import { LossFigure, type ScoredModel } from './LossFigure';
import { ReferenceBox } from './ReferenceBox';
import { LABEL_SMOOTHING, crossEntropy, smoothedTarget } from './targets';
import './training-recap.css';

/** The models of a score, named for the reader. */
function scoredModels(score: ScoredReference | null): ScoredModel[] {
  if (!score) return [];
  const twin = score.models.length > 1;
  return score.models.map((m) => ({
    key: m.name,
    label: m.trained
      ? 'Trained model'
      : twin
        ? 'The same model before training (seeded random weights)'
        : 'Untrained model (seeded random weights)',
    probs: m.probs.data,
  }));
}

export function LossSection() {
  const words = useTargetWords();
  const run = useFigureStore((s) => s.lastGood);
  const modelKey = useFigureStore((s) => s.modelKey);
  const languages = useFigureStore((s) => s.modelInfo?.languages ?? null);
  const pair = useFigureStore(useShallow(selectLossPair));
  const score = useFigureStore((s) => s.score);
  const setReference = useFigureStore((s) => s.setReference);
  const setSentence = useFigureStore((s) => s.setSentence);
  // The last score of the sentence on screen; it stays while an edited reference is scored.
  const scored = score.result?.sentence === pair?.sentence ? score.result : null;
  const models = useMemo(() => scoredModels(scored), [scored]);
  if (!run || !pair || !languages || words.length === 0) {
    return <p className="recap-note">The loss appears here once a translation has run.</p>;
  }
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
      {models.length > 1 && (
        <p>
          Each pair is scored twice: by the trained model, and by the same model before training,
          with the seeded random weights it started from. Training is what took the loss from the
          one to the other.
        </p>
      )}
      <ReferenceBox
        sentence={pair.sentence}
        reference={pair.reference}
        origin={pair.origin}
        languages={languages}
        unknownWords={scored?.reference === pair.reference ? scored.referenceUnknownWords : null}
        error={score.status === 'failed' ? score.error : null}
        onReference={(text) => setReference(pair.sentence, text)}
        onSentence={setSentence}
      />
      {scored && (
        <div className={scored.reference === pair.reference ? undefined : 'recap-stale'}>
          <LossFigure
            referenceTokens={scored.referenceTokens}
            referenceIds={scored.referenceIds}
            vocabulary={words}
            models={models}
            smoothing={LABEL_SMOOTHING}
          />
        </div>
      )}
    </div>
  );
}
