/** Cross-entropy position by position, and the sentence's total and mean. */
import { formatValue } from '../../components';
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
  return (
    <table className="recap-loss-table" data-testid="loss-table">
      <caption>Cross-entropy at each position, in nats (natural logarithm)</caption>
      <thead>
        <tr>
          <th scope="col">position</th>
          <th scope="col">target word</th>
          <th scope="col">p(target)</th>
          <th scope="col">one-hot: −ln p(target)</th>
          <th scope="col">smoothed (ε = {smoothing})</th>
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
            sum over the sentence
          </th>
          <Value value={totals.oneHotSum} bold={emphasis === 'oneHot'} />
          <Value value={totals.smoothedSum} bold={emphasis === 'smoothed'} />
        </tr>
        <tr data-total="mean">
          <th scope="row" colSpan={3}>
            mean per word (the training loss)
          </th>
          <Value value={totals.oneHotMean} bold={emphasis === 'oneHot'} />
          <Value value={totals.smoothedMean} bold={emphasis === 'smoothed'} />
        </tr>
      </tfoot>
    </table>
  );
}
