/**
 * The output vocabulary, searchable, each word with its index; and the one-hot vector of the
 * chosen word, the target a training example sets at one position.
 */
import { useId, useState } from 'react';
import { ColorLegend, NumbersTable, sequentialScale, type ColorScale } from '../../components';
import { useText } from '../../i18n';
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
  const text = useText().trainingRecap;
  return (
    <ExportableFigure
      name={(words) => figureFileName(words.trainingRecap.vocabularyFileName, chosenWord)}
      caption={text.vocabularyCaption(size, chosenWord, chosenId)}
    >
      <div className="recap-vocabulary" data-testid="vocabulary">
        <label htmlFor={inputId}>{text.searchLabel(size)}</label>
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={text.searchPlaceholder}
        />
        <p className="recap-note" aria-live="polite">
          {text.matches(
            matches.length,
            size,
            matches.length > listed.length ? listed.length : null,
          )}
        </p>
        <ul className="recap-words" aria-label={text.vocabularyList}>
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

        <h3>{text.oneHotHeading(chosenWord, chosenId)}</h3>
        <TargetBars
          values={hot}
          label={text.oneHotBars}
          chosenId={chosenId}
          scale={scale}
          ariaLabel={text.oneHotBarsLabel(chosenWord, size, chosenId)}
        />
        <p className="recap-note" data-testid="one-hot-summary">
          {text.oneHotSummary(size, chosenId)}
        </p>
        <TargetBars
          values={smoothed}
          label={text.smoothedBars}
          chosenId={chosenId}
          scale={scale}
          ariaLabel={text.smoothedBarsLabel(
            chosenWord,
            smoothed[chosenId],
            chosenId,
            smoothing / size,
            size - 1,
          )}
        />
        <p className="recap-note" data-testid="smoothed-summary">
          {text.smoothedSummary(smoothing, smoothed[chosenId], chosenId, smoothing / size)}
        </p>
        <ColorLegend scale={scale} caption={text.targetProbability} />
        <NumbersTable
          caption={text.oneHotTable(chosenWord, size)}
          values={hot}
          colLabels={vocabulary}
        />
      </div>
    </ExportableFigure>
  );
}
