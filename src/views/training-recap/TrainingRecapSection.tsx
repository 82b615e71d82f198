/**
 * "Recap Of Training": the model's real output vocabulary and the one-hot vector of a chosen word.
 * The chosen word starts as the first word of the translation on screen.
 */
import { useState } from 'react';
import { useText } from '../../i18n';
import { useFigureStore } from '../figureStore';
import { useTargetWords } from '../output/targetWords';
import { VocabularyFigure } from './VocabularyFigure';
import { LABEL_SMOOTHING } from './targets';
import './training-recap.css';

export function TrainingRecapSection() {
  const words = useTargetWords();
  const firstOutput = useFigureStore((s) => s.lastGood?.result.outputIds[0] ?? null);
  const [picked, setPicked] = useState<number | null>(null);
  const text = useText().trainingRecap;
  if (words.length === 0) {
    return <p className="recap-note">{text.vocabularyWaiting}</p>;
  }
  const chosenId = Math.min(picked ?? firstOutput ?? 0, words.length - 1);
  return (
    <div className="recap-section">
      <p>{text.recapIntro}</p>
      <p>{text.recapOneHot}</p>
      <VocabularyFigure
        vocabulary={words}
        chosenId={chosenId}
        onChoose={setPicked}
        smoothing={LABEL_SMOOTHING}
      />
    </div>
  );
}
