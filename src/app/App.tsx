import { useMemo, useState } from 'react';
import { untrainedModel } from './untrainedModel';
import { useTranslation } from './useTranslation';

const FIRST_SENTENCE = "the animal didn't cross the street because it was too tired";

export function App() {
  const model = useMemo(() => untrainedModel(), []);
  const [sentence, setSentence] = useState(FIRST_SENTENCE);
  const result = useTranslation(model, sentence);

  return (
    <main className="page">
      <h1>The Illustrated Transformer, live</h1>
      <p className="lede">
        A real Transformer runs in this page. Type a sentence: everything below is computed from it,
        as you type.
      </p>
      {!model.trained && (
        <p className="notice warn" role="note">
          This model has not been trained yet: its weights are seeded random numbers, so its output
          is nonsense. Every number is still the real output of the engine on your sentence.
        </p>
      )}
      <div className="sentence-bar">
        <label htmlFor="sentence">Your sentence (English)</label>
        <input
          id="sentence"
          value={sentence}
          onChange={(event) => setSentence(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <section aria-labelledby="high-level">
        <h2 id="high-level">A high-level look</h2>
        <div className="black-box">
          <div className="words" data-testid="source">
            {sentence}
          </div>
          <div className="box" aria-hidden="true">
            THE TRANSFORMER
          </div>
          <div className="words" data-testid="translation" aria-live="polite">
            {result.kind === 'translated' ? result.output : ''}
          </div>
        </div>
        {result.kind === 'empty' && (
          <p className="notice warn">Type a sentence to see the model translate it.</p>
        )}
        {result.kind === 'translated' && result.unknownWords.length > 0 && (
          <p className="notice warn">
            The model has never seen {result.unknownWords.map((w) => `“${w}”`).join(', ')}; it reads
            each as the unknown-word token.
          </p>
        )}
        {result.kind === 'translated' && (
          <p className="status">Computed in {result.milliseconds.toFixed(1)} ms.</p>
        )}
      </section>
    </main>
  );
}
