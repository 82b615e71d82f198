/**
 * One row of bars per method over the source words: the longer the bar, the more that method
 * credits the word; a hatched bar is a negative gradient × input (the word argued against).
 */
import { NumbersTable } from '../../components/NumbersTable';
import { formatValue } from '../../components/format';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { barLengths, type MethodRow } from './layout';
import { useText } from '../../i18n';
import './attribution.css';

export interface MethodBarsProps {
  rows: readonly MethodRow[];
  /** Which encoder-decoder attention the raw and value-weighted rows show, in words. */
  heads: string;
  sourceTokens: readonly string[];
  word: string;
  /** The source positions the gold alignment links to the word, when it is known. */
  gold: readonly number[] | null;
}

export function MethodBars({ rows, heads, sourceTokens, word, gold }: MethodBarsProps) {
  const text = useText().attribution;
  const caption = text.barsCaption(word, heads);
  return (
    <ExportableFigure name={(words) => figureFileName(words.attribution.file.attribution, word)}>
      {/* A scrolling box takes the keyboard's focus, so that the arrow keys can scroll it. */}
      <figure className="attr-figure" aria-label={caption} tabIndex={0}>
        <table className="attr-bars" data-testid="attribution-bars">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.methodColumn}</th>
              {sourceTokens.map((token, s) => (
                <th
                  scope="col"
                  key={s}
                  className={gold?.includes(s) ? 'attr-gold' : undefined}
                  title={gold?.includes(s) ? text.goldTitle : undefined}
                >
                  {token}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const lengths = barLengths(row.values);
              return (
                <tr key={row.method} data-method={row.method}>
                  <th scope="row">{row.label}</th>
                  {Array.from(row.values, (value, s) => (
                    <td key={s} data-value={value} title={text.scored(sourceTokens[s], value)}>
                      <span
                        className={value < 0 ? 'attr-bar attr-bar-negative' : 'attr-bar'}
                        style={{ height: `${Math.round(lengths[s] * 100)}%` }}
                        aria-hidden="true"
                      />
                      <span className="attr-sr">{formatValue(value)}</span>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </figure>
      <NumbersTable
        caption={`${caption}  [${rows.length} × ${sourceTokens.length}]`}
        values={rows.flatMap((row) => Array.from(row.values))}
        cols={sourceTokens.length}
        rowLabels={rows.map((row) => row.label)}
        colLabels={sourceTokens}
      />
    </ExportableFigure>
  );
}
