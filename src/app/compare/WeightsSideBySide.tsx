import { formatValue } from '../../components';
import { useText } from '../../i18n';
import type { Selection } from '../../store';
import type { CompletedRun } from '../../worker/runTypes';
import { headChanges, sideBySide, sideWeights } from './sideBySide';

/** Where the chosen word's attention went in each sentence, and how much it moved. */
export function WeightsSideBySide(props: {
  first: CompletedRun;
  second: CompletedRun;
  selection: Selection;
  select: (change: Partial<Selection>) => void;
}) {
  const text = useText().compare;
  const first = sideWeights(props.first, props.selection);
  const second = sideWeights(props.second, props.selection);
  if (!first || !second) return null;
  const rows = sideBySide(first, second);
  const [most] = headChanges(props.first, props.second, props.selection.queryToken);
  const showingMost = most && most.layer === first.layer && most.head === first.head;
  const largest = rows.reduce(
    (best, row) =>
      row.change !== null && Math.abs(row.change) > Math.abs(best.change ?? 0) ? row : best,
    rows[0],
  );
  return (
    <div className="compare-table-wrap">
      {most && (
        <p className="compare-most" data-testid="compare-most">
          {text.mostChanged(first.query, most.layer + 1, most.head + 1, most.moved)}{' '}
          {showingMost ? (
            text.shownAbove
          ) : (
            <button
              type="button"
              className="quiet"
              onClick={() => props.select({ layer: most.layer, head: most.head })}
            >
              {text.showHead(most.layer + 1, most.head + 1)}
            </button>
          )}
        </p>
      )}
      <table className="compare-table" data-testid="compare-weights">
        <caption>
          {text.tableCaption(first.query, second.query, first.layer + 1, first.head + 1)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{text.position}</th>
            <th scope="col">{text.firstWord}</th>
            <th scope="col">{text.weight}</th>
            <th scope="col">{text.secondWord}</th>
            <th scope="col">{text.weight}</th>
            <th scope="col">{text.change}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.position}
              className={row.first?.word !== row.second?.word ? 'compare-row-differs' : undefined}
            >
              <th scope="row">{row.position + 1}</th>
              <td>{row.first?.word ?? '—'}</td>
              <td data-side="first" data-value={row.first?.weight}>
                {row.first ? formatValue(row.first.weight) : '—'}
              </td>
              <td>{row.second?.word ?? '—'}</td>
              <td data-side="second" data-value={row.second?.weight}>
                {row.second ? formatValue(row.second.weight) : '—'}
              </td>
              <td data-value={row.change ?? undefined}>
                {row.change === null ? '—' : signed(row.change)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {largest.change !== null && largest.first && largest.second && (
        <p className="compare-muted" data-testid="compare-largest">
          {text.largestChange(
            largest.second.word,
            largest.position + 1,
            largest.second.weight,
            largest.first.weight,
            largest.first.word,
          )}
        </p>
      )}
    </div>
  );
}

function signed(value: number): string {
  return value > 0 ? `+${formatValue(value)}` : formatValue(value);
}
