/** The most probable next words of one step as bars, the argmax first. */
import { formatValue } from '../../components';
import type { WordScore } from './distribution';
import { probabilityBars } from './layout';
import './output.css';

export interface TopWordsChartProps {
  /** Best first. */
  words: readonly WordScore[];
  /** The word the decoder actually took at this step (beam search may take another). */
  chosenId: number;
}

export function TopWordsChart({ words, chosenId }: TopWordsChartProps) {
  const layout = probabilityBars(words.map((w) => w.prob));
  const summary = words
    .map(
      (w) =>
        `${w.word} (index ${w.id}): probability ${formatValue(w.prob)}, logit ${formatValue(w.logit)}`,
    )
    .join('; ');
  return (
    <figure className="output-bars">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        role="img"
        aria-label={`The ${words.length} most probable next words: ${summary}`}
      >
        {words.map((word, i) => {
          const bar = layout.rows[i];
          const middle = bar.y + layout.rowHeight / 2;
          const className = word.id === chosenId ? 'output-bar output-bar-chosen' : 'output-bar';
          return (
            <g
              key={word.id}
              className={className}
              data-id={word.id}
              data-prob={word.prob}
              data-logit={word.logit}
            >
              <text x={layout.barLeft - 8} y={middle} dy="0.35em" textAnchor="end">
                <tspan className="output-bar-index">{word.id}</tspan> {word.word}
              </text>
              <rect
                x={layout.barLeft}
                y={bar.y + 3}
                width={Math.max(bar.length, 1)}
                height={layout.rowHeight - 6}
                rx={2}
              >
                <title>{`${word.word}: p = ${formatValue(word.prob)}, logit ${formatValue(word.logit)}`}</title>
              </rect>
              <text
                x={layout.barLeft + bar.length + 6}
                y={middle}
                dy="0.35em"
                className="output-bar-value"
              >
                {formatValue(word.prob)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="output-note">
        Bar length: probability
        {layout.scaleMax < 1
          ? `, scaled so the longest bar is ${formatValue(layout.scaleMax)} (every probability here is small)`
          : ', a full bar being 1'}
        . The number left of each word is its index in the vocabulary.
      </figcaption>
    </figure>
  );
}
