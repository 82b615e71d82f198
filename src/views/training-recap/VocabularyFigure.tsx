/**
 * The output vocabulary, searchable, each word with its index; and the one-hot vector of the
 * chosen word, the target a training example sets at one position.
 */
import { useId, useState } from 'react';
import {
  ColorLegend,
  NumbersTable,
  formatValue,
  sequentialScale,
  type ColorScale,
} from '../../components';
import { searchWords } from '../output/distribution';
import { oneHot, smoothedTarget, wordBars } from './targets';
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
/** Both targets share one x axis of this many pixels, so their bars line up word for word. */
const BARS_WIDTH = 800;
/** Height of a bar of probability 1. */
const BARS_HEIGHT = 80;
/** The chosen word's bar stays this wide however many words share the axis. */
const CHOSEN_BAR_WIDTH = 6;

interface TargetBarsProps {
  values: Float32Array;
  label: string;
  chosenId: number;
  scale: ColorScale;
  ariaLabel: string;
}

/** One target distribution as a bar per word, on the axis every target of the figure shares. */
function TargetBars({ values, label, chosenId, scale, ariaLabel }: TargetBarsProps) {
  const bars = wordBars(values, BARS_WIDTH, BARS_HEIGHT, chosenId, CHOSEN_BAR_WIDTH);
  return (
    <div className="recap-bars">
      <span className="recap-bars-label">{label}</span>
      <svg
        role="img"
        aria-label={ariaLabel}
        width={BARS_WIDTH}
        height={BARS_HEIGHT + 1}
        viewBox={`0 0 ${BARS_WIDTH} ${BARS_HEIGHT + 1}`}
        preserveAspectRatio="none"
      >
        <line
          className="recap-bars-axis"
          x1={0}
          x2={BARS_WIDTH}
          y1={BARS_HEIGHT}
          y2={BARS_HEIGHT}
        />
        {bars.map((bar, id) => (
          <rect
            key={id}
            data-index={id}
            data-value={values[id]}
            x={bar.x}
            y={BARS_HEIGHT - bar.height}
            width={bar.width}
            height={bar.height}
            fill={scale.color(values[id])}
          />
        ))}
      </svg>
    </div>
  );
}

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
  const smoothed = smoothedTarget(chosenId, size, smoothing);
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
        <TargetBars
          values={hot}
          label="one-hot"
          chosenId={chosenId}
          scale={scale}
          ariaLabel={`One-hot vector of “${chosenWord}”: ${size} numbers, 1 at index ${chosenId} and 0 everywhere else`}
        />
        <p className="recap-note" data-testid="one-hot-summary">
          {size} numbers: 1 at index {chosenId}, 0 at the other {size - 1}.
        </p>
        <TargetBars
          values={smoothed}
          label="smoothed"
          chosenId={chosenId}
          scale={scale}
          ariaLabel={`Label-smoothed target of “${chosenWord}”: ${formatValue(smoothed[chosenId])} at index ${chosenId}, ${formatValue(smoothing / size)} at each of the other ${size - 1}`}
        />
        <p className="recap-note" data-testid="smoothed-summary">
          Label-smoothed as the model was trained (ε = {smoothing}):{' '}
          {formatValue(smoothed[chosenId])} at index {chosenId}, {formatValue(smoothing / size)}{' '}
          everywhere else (drawn as a floor 1 pixel high: at this scale it is too small to see).
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
