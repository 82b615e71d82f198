/**
 * "Recap Of Training": the model's real output vocabulary and the one-hot vector of a chosen word.
 * The chosen word starts as the first word of the translation on screen.
 */
import { useState } from 'react';
import { useFigureStore } from '../figureStore';
import { useTargetWords } from '../output/targetWords';
import { VocabularyFigure } from './VocabularyFigure';
import { LABEL_SMOOTHING } from './targets';
import './training-recap.css';

export function TrainingRecapSection() {
  const words = useTargetWords();
  const firstOutput = useFigureStore((s) => s.lastGood?.result.outputIds[0] ?? null);
  const [picked, setPicked] = useState<number | null>(null);
  if (words.length === 0) {
    return <p className="recap-note">The vocabulary appears here once the model has loaded.</p>;
  }
  const chosenId = Math.min(picked ?? firstOutput ?? 0, words.length - 1);
  return (
    <div className="recap-section">
      <p>
        Training runs exactly the forward pass shown above, on sentence pairs whose translation is
        known, and compares what the model predicts with that known translation. The comparison is
        made word by word over the model's output vocabulary: the fixed list of words it can write,
        chosen before training began, each with its own index.
      </p>
      <p>
        A word is written as a vector as wide as the vocabulary, with a 1 at the word's index and 0
        everywhere else: its one-hot encoding. That vector is the target the model's probability
        distribution is compared with at each position.
      </p>
      <VocabularyFigure
        vocabulary={words}
        chosenId={chosenId}
        onChoose={setPicked}
        smoothing={LABEL_SMOOTHING}
      />
    </div>
  );
}
