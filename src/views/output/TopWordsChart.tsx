/** The most probable next words of one step as bars, the argmax first. */
import { formatValue } from '../../components';
import type { WordScore } from './distribution';
import { probabilityBars } from './layout';
import { useText } from '../../i18n';
import './output.css';

export interface TopWordsChartProps {
  /** Best first. */
  words: readonly WordScore[];
  /** The word the decoder actually took at this step (beam search may take another). */
  chosenId: number;
}

export function TopWordsChart({ words, chosenId }: TopWordsChartProps) {
  const text = useText().output;
  const layout = probabilityBars(words.map((w) => w.prob));
  const bars = words.map((w) => text.barText(w.word, w.id, w.prob, w.logit));
  return (
    <figure className="output-bars">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        role="img"
        aria-label={text.barsLabel(words.length, bars)}
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
                <title>{text.barTitle(word.word, word.prob, word.logit)}</title>
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
        {text.barsCaption(layout.scaleMax < 1 ? layout.scaleMax : null)}
      </figcaption>
    </figure>
  );
}
