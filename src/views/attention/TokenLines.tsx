/**
 * The token view: the sentence in two columns and a line from the chosen word (left) to every
 * word (right), one set of lines per head shown, each line as wide and opaque as its weight.
 * Words are buttons: clicking one on either side makes it the chosen word.
 */
import { useText } from '../../i18n';
import { attentionLines, tokenColumns, type HeadWeights } from './tokenLinesLayout';
import './attention.css';

export interface ShownHead extends HeadWeights {
  color: string;
}

export interface TokenLinesProps {
  tokens: readonly string[];
  query: number;
  heads: readonly ShownHead[];
  onChooseQuery(query: number): void;
  ariaLabel: string;
}

export function TokenLines({ tokens, query, heads, onChooseQuery, ariaLabel }: TokenLinesProps) {
  const geometry = tokenColumns(tokens);
  const lines = attentionLines(geometry, query, heads);
  const colorOf = new Map(heads.map(({ head, color }) => [head, color]));
  const words = useText();
  const text = words.attention;
  const { number } = words.components;
  const weightsTo = (key: number) =>
    heads.map(({ head, weights }) => text.headWeight(head + 1, number(weights[key]))).join(', ');

  const column = (side: 'query' | 'key', x: number) =>
    tokens.map((token, index) => (
      <button
        key={`${side}-${index}`}
        type="button"
        className={`attn-token attn-token-${side}`}
        aria-pressed={side === 'query' ? index === query : undefined}
        data-index={index}
        data-chosen={index === query}
        title={
          side === 'key'
            ? text.lineTitle(tokens[query], token, weightsTo(index))
            : text.chooseWord(token)
        }
        style={{
          left: x,
          top: geometry.rowCentres[index] - geometry.rowHeight / 2,
          width: geometry.columnWidth,
          height: geometry.rowHeight,
        }}
        onClick={() => onChooseQuery(index)}
      >
        {token}
      </button>
    ));

  return (
    <div
      className="attn-token-lines"
      role="group"
      aria-label={ariaLabel}
      style={{ width: geometry.width, height: geometry.height }}
    >
      <svg width={geometry.width} height={geometry.height} aria-hidden="true">
        {lines.map((line) => (
          <line
            key={`${line.head}-${line.key}`}
            className="attn-line"
            data-head={line.head}
            data-key={line.key}
            data-weight={line.weight}
            data-value={line.weight}
            x1={line.x1}
            y1={line.y1}
            x2={line.x2}
            y2={line.y2}
            stroke={colorOf.get(line.head)}
            strokeWidth={line.width}
            strokeOpacity={line.opacity}
            strokeLinecap="round"
          >
            <title>
              {text.lineHeadTitle(
                tokens[query],
                tokens[line.key],
                line.head + 1,
                number(line.weight),
              )}
            </title>
          </line>
        ))}
      </svg>
      {column('query', geometry.leftX)}
      {column('key', geometry.rightX)}
    </div>
  );
}
