/** How far the methods agree on which source words matter, and which point at the gold word. */
import { formatValue } from '../../components/format';
import { SideScroller } from '../../components/figure';
import { agreements, METHOD_LABELS, pointsAtGold, type MethodRow } from './layout';
import type { GoldAlignment } from '../../engine';

export interface AgreementTableProps {
  rows: readonly MethodRow[];
  gold: GoldAlignment | null;
  position: number;
}

export function AgreementTable({ rows, gold, position }: AgreementTableProps) {
  const pairs = agreements(rows);
  const rho = (a: MethodRow, b: MethodRow) =>
    pairs.find(
      (p) => (p.a === a.method && p.b === b.method) || (p.a === b.method && p.b === a.method),
    )?.rho ?? Number.NaN;
  return (
    <SideScroller label="Rank correlation between the methods">
      <table className="attr-agreement" data-testid="attribution-agreement">
        <caption>
          Rank correlation (Spearman’s ρ) between the methods: 1 when they order the source words
          the same way, 0 when their orders are unrelated, −1 when reversed
          {gold ? '; last column: whether the method’s strongest word is the gold-aligned one' : ''}
        </caption>
        <thead>
          <tr>
            <td aria-hidden="true" />
            {rows.map((row) => (
              <th scope="col" key={row.method}>
                {METHOD_LABELS[row.method]}
              </th>
            ))}
            {gold && <th scope="col">Points at the gold word</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const hit = gold ? pointsAtGold(row, gold, position) : null;
            return (
              <tr key={row.method} data-method={row.method}>
                <th scope="row">{METHOD_LABELS[row.method]}</th>
                {rows.map((other) => (
                  <td key={other.method} data-rho={other === row ? 1 : rho(row, other)}>
                    {other === row ? '1' : formatValue(rho(row, other))}
                  </td>
                ))}
                {gold && <td>{hit === null ? 'no gold link' : hit ? 'yes' : 'no'}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </SideScroller>
  );
}
