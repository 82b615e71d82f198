/**
 * "The Loss Function": the target distributions of a sentence pair beside the models', and the
 * cross-entropy between them. The pair is the sentence on screen and a reference translation the
 * reader may edit; the worker scores it teacher-forced (out.probs, row t the distribution for
 * reference word t, having read the words before it) with the model and with its untrained twin,
 * so the loss before training sits beside the loss after.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useText, type Catalogue } from '../../i18n';
import { selectLossPair } from '../../store';
import type { ScoredReference } from '../../worker/runTypes';
import { useFigureStore } from '../figureStore';
import { useTargetWords } from '../output/targetWords';
import { LossFigure, type ScoredModel } from './LossFigure';
import { ReferenceBox } from './ReferenceBox';
import { LABEL_SMOOTHING, crossEntropy, smoothedTarget } from './targets';
import './training-recap.css';

/** The models of a score, named for the reader. */
function scoredModels(
  score: ScoredReference | null,
  text: Catalogue['trainingRecap'],
): ScoredModel[] {
  if (!score) return [];
  const twin = score.models.length > 1;
  return score.models.map((m) => ({
    key: m.name,
    label: m.trained ? text.trainedModel : twin ? text.twinModel : text.untrainedModel,
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
  const text = useText().trainingRecap;
  const models = useMemo(() => scoredModels(scored, text), [scored, text]);
  if (!run || !pair || !languages || words.length === 0) {
    return <p className="recap-note">{text.lossWaiting}</p>;
  }
  const vocab = words.length;
  const smoothedFloor = crossEntropy(
    smoothedTarget(0, vocab, LABEL_SMOOTHING),
    smoothedTarget(0, vocab, LABEL_SMOOTHING),
  );
  return (
    <div className="recap-section" data-model={modelKey}>
      <p>{text.lossIntro}</p>
      <p>{text.lossSmoothing(LABEL_SMOOTHING, vocab, smoothedFloor)}</p>
      {models.length > 1 && <p>{text.lossTwice}</p>}
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
