/** How far the methods agree on which source words matter, and which point at the gold word. */
import { formatValue } from '../../components/format';
import { SideScroller } from '../../components/figure';
import { useText } from '../../i18n';
import { agreements, pointsAtGold, type MethodRow } from './layout';
import type { GoldAlignment } from '../../engine';

export interface AgreementTableProps {
  rows: readonly MethodRow[];
  gold: GoldAlignment | null;
  position: number;
}

export function AgreementTable({ rows, gold, position }: AgreementTableProps) {
  const text = useText().attribution;
  const pairs = agreements(rows);
  const rho = (a: MethodRow, b: MethodRow) =>
    pairs.find(
      (p) => (p.a === a.method && p.b === b.method) || (p.a === b.method && p.b === a.method),
    )?.rho ?? Number.NaN;
  return (
    <SideScroller label={text.agreementScroller}>
      <table className="attr-agreement" data-testid="attribution-agreement">
        <caption>{text.agreementCaption(gold !== null)}</caption>
        <thead>
          <tr>
            <td aria-hidden="true" />
            {rows.map((row) => (
              <th scope="col" key={row.method}>
                {text.methods[row.method]}
              </th>
            ))}
            {gold && <th scope="col">{text.goldColumn}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const hit = gold ? pointsAtGold(row, gold, position) : null;
            return (
              <tr key={row.method} data-method={row.method}>
                <th scope="row">{text.methods[row.method]}</th>
                {rows.map((other) => (
                  <td key={other.method} data-rho={other === row ? 1 : rho(row, other)}>
                    {other === row ? '1' : formatValue(rho(row, other))}
                  </td>
                ))}
                {gold && <td>{text.pointsAtGold(hit)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </SideScroller>
  );
}
