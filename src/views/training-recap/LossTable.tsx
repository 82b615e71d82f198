/** Cross-entropy position by position, and the sentence's total and mean. */
import { formatValue } from '../../components';
import { useText } from '../../i18n';
import { lossTotals, type PositionLoss } from './targets';
import './training-recap.css';

export interface LossTableProps {
  losses: readonly PositionLoss[];
  referenceTokens: readonly string[];
  smoothing: number;
  /** Which loss the reader is looking at, drawn in bold. */
  emphasis: 'oneHot' | 'smoothed';
}

function Value({ value, bold }: { value: number; bold?: boolean }) {
  return (
    <td data-value={value} className={bold ? 'recap-strong' : undefined}>
      {formatValue(value)}
    </td>
  );
}

export function LossTable({ losses, referenceTokens, smoothing, emphasis }: LossTableProps) {
  const totals = lossTotals(losses);
  const text = useText().trainingRecap;
  return (
    <table className="recap-loss-table" data-testid="loss-table">
      <caption>{text.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{text.position}</th>
          <th scope="col">{text.targetWord}</th>
          <th scope="col">{text.targetProbabilityColumn}</th>
          <th scope="col">{text.oneHotColumn}</th>
          <th scope="col">{text.smoothedColumn(smoothing)}</th>
        </tr>
      </thead>
      <tbody>
        {losses.map((loss) => (
          <tr key={loss.position} data-position={loss.position}>
            <td>{loss.position + 1}</td>
            <td>{referenceTokens[loss.position]}</td>
            <Value value={loss.targetProbability} />
            <Value value={loss.oneHotLoss} bold={emphasis === 'oneHot'} />
            <Value value={loss.smoothedLoss} bold={emphasis === 'smoothed'} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-total="sum">
          <th scope="row" colSpan={3}>
            {text.sum}
          </th>
          <Value value={totals.oneHotSum} bold={emphasis === 'oneHot'} />
          <Value value={totals.smoothedSum} bold={emphasis === 'smoothed'} />
        </tr>
        <tr data-total="mean">
          <th scope="row" colSpan={3}>
            {text.mean}
          </th>
          <Value value={totals.oneHotMean} bold={emphasis === 'oneHot'} />
          <Value value={totals.smoothedMean} bold={emphasis === 'smoothed'} />
        </tr>
      </tfoot>
    </table>
  );
}
