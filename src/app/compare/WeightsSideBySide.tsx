import { formatValue } from '../../components';
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
          Of every encoder layer and head, the attention of “{first.query}” changes most between the
          two sentences in layer {most.layer + 1}, head {most.head + 1}:{' '}
          {Math.round(most.moved * 100)}% of its weight shifts from some words to others.{' '}
          {showingMost ? (
            '(Shown above.)'
          ) : (
            <button
              type="button"
              className="quiet"
              onClick={() => props.select({ layer: most.layer, head: most.head })}
            >
              Show layer {most.layer + 1}, head {most.head + 1}
            </button>
          )}
        </p>
      )}
      <table className="compare-table" data-testid="compare-weights">
        <caption>
          Attention from “{first.query}” / “{second.query}”, encoder layer {first.layer + 1}, head{' '}
          {first.head + 1}, in both sentences
        </caption>
        <thead>
          <tr>
            <th scope="col">Position</th>
            <th scope="col">Word, sentence 1</th>
            <th scope="col">Weight</th>
            <th scope="col">Word, sentence 2</th>
            <th scope="col">Weight</th>
            <th scope="col">Change</th>
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
          The largest change: “{largest.second.word}” at position {largest.position + 1} gets{' '}
          {formatValue(largest.second.weight)} in sentence 2 against{' '}
          {formatValue(largest.first.weight)} for “{largest.first.word}” in sentence 1.
        </p>
      )}
    </div>
  );
}

function signed(value: number): string {
  return value > 0 ? `+${formatValue(value)}` : formatValue(value);
}
