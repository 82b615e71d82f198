/**
 * The output vocabulary, searchable, each word with its index; and the one-hot vector of the
 * chosen word, the target a training example sets at one position.
 */
import { useId, useState } from 'react';
import {
  ColorLegend,
  NumbersTable,
  VectorCells,
  formatValue,
  sequentialScale,
} from '../../components';
import { searchWords } from '../output/distribution';
import { oneHot, smoothedTarget } from './targets';
import './training-recap.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

export interface VocabularyFigureProps {
  vocabulary: readonly string[];
  chosenId: number;
  onChoose: (id: number) => void;
  smoothing: number;
}

/** Word buttons listed at most, so that a large vocabulary stays quick; searching finds the rest. */
const MOST_LISTED = 400;

export function VocabularyFigure({
  vocabulary,
  chosenId,
  onChoose,
  smoothing,
}: VocabularyFigureProps) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const words = vocabulary.map((word, id) => ({ id, word }));
  const matches = searchWords(words, query);
  const listed = matches.slice(0, MOST_LISTED);
  const size = vocabulary.length;
  const chosenWord = vocabulary[chosenId];
  const scale = sequentialScale(1);
  const hot = oneHot(chosenId, size);
  return (
    <ExportableFigure
      name={figureFileName('one-hot', chosenWord)}
      caption={`The output vocabulary of ${size} words and the one-hot vector of “${chosenWord}” (index ${chosenId}), with its label-smoothed version.`}
    >
      <div className="recap-vocabulary" data-testid="vocabulary">
        <label htmlFor={inputId}>
          Search the {size} words of the output vocabulary (text or index)
        </label>
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="e.g. suis, or 5"
        />
        <p className="recap-note" aria-live="polite">
          {matches.length} of {size} words
          {matches.length > listed.length ? `; the first ${listed.length} are listed` : ''}. Pick
          one to see its one-hot vector.
        </p>
        <ul className="recap-words" aria-label="Output vocabulary">
          {listed.map(({ id, word }) => (
            <li key={id}>
              <button
                type="button"
                aria-pressed={id === chosenId}
                onClick={() => onChoose(id)}
                data-id={id}
              >
                <span className="recap-index">{id}</span> {word}
              </button>
            </li>
          ))}
        </ul>

        <h3>
          One-hot vector of “{chosenWord}” (index {chosenId})
        </h3>
        <VectorCells
          values={hot}
          label="one-hot"
          highlight={chosenId}
          scale={scale}
          showNumbers={size <= 16}
          maxWidth={640}
          ariaLabel={`One-hot vector of “${chosenWord}”: ${size} numbers, 1 at index ${chosenId} and 0 everywhere else`}
        />
        <p className="recap-note" data-testid="one-hot-summary">
          {size} numbers: 1 at index {chosenId}, 0 at the other {size - 1}.
        </p>
        <VectorCells
          values={smoothedTarget(chosenId, size, smoothing)}
          label="smoothed"
          highlight={chosenId}
          scale={scale}
          showNumbers={size <= 16}
          maxWidth={640}
          ariaLabel={`Label-smoothed target of “${chosenWord}”`}
        />
        <p className="recap-note" data-testid="smoothed-summary">
          Label-smoothed as the model was trained (ε = {smoothing}):{' '}
          {formatValue(1 - smoothing + smoothing / size)} at index {chosenId},{' '}
          {formatValue(smoothing / size)} everywhere else.
        </p>
        <ColorLegend scale={scale} caption="target probability" />
        <NumbersTable
          caption={`One-hot vector of “${chosenWord}”  [1 × ${size}]`}
          values={hot}
          colLabels={vocabulary}
        />
      </div>
    </ExportableFigure>
  );
}
