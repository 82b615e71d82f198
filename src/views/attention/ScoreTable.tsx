/**
 * Steps 2 to 6 as one table that grows a column per step: each word's key, its score q · k_j,
 * the score ÷ √d_k, the softmax weight, then its value vector and the value scaled by the weight.
 * Every number cell keeps the full-precision value in data-value.
 */
import { ColorLegend, divergingScale, formatValue, maxAbsOf, VectorCells } from '../../components';
import { total, type AttentionStepData } from './attentionSteps';
import './attention.css';

export interface ScoreTableProps {
  data: AttentionStepData;
  tokens: readonly string[];
  /** 0-based step: 1 scores, 2 scaled, 3 softmax, 4 weighted values, 5 sum. */
  step: number;
}

/** Widest bar of a softmax weight (a weight of 1), in pixels. */
const BAR_WIDTH = 48;

function NumberCell({ value, column, bar }: { value: number; column: string; bar?: boolean }) {
  return (
    <td className="attn-number" data-column={column} data-value={value}>
      {formatValue(value)}
      {bar && <span className="attn-weight-bar" style={{ width: value * BAR_WIDTH }} aria-hidden />}
    </td>
  );
}

export function ScoreTable({ data, tokens, step }: ScoreTableProps) {
  const showKeys = step <= 3;
  const showScaled = step >= 2;
  const showWeights = step >= 3;
  const showValues = step >= 4;
  // The query and the keys share one scale: the score is their dot product.
  const keyScale = divergingScale(Math.max(maxAbsOf(data.q), ...data.keys.map((k) => maxAbsOf(k))));
  // Values and weighted values share one scale, so a small weight visibly fades its vector.
  const valueScale = divergingScale(Math.max(...data.values.map((v) => maxAbsOf(v))));
  const sqrt = Math.sqrt(data.headSize);
  const sqrtText = Number.isInteger(sqrt) ? String(sqrt) : sqrt.toFixed(3);
  const word = tokens[data.query];
  return (
    <>
      {showKeys && (
        <VectorCells
          values={data.q}
          label="q"
          name={`q (“${word}”)`}
          scale={keyScale}
          showNumbers
          cellSize={42}
          compact={false}
        />
      )}
      <table className="attn-score-table">
        <thead>
          <tr>
            <th scope="col">word j</th>
            {showKeys && <th scope="col">key k_j</th>}
            <th scope="col">score q · k_j</th>
            {showScaled && (
              <th scope="col">
                ÷ √{data.headSize} = {sqrtText}
              </th>
            )}
            {showWeights && <th scope="col">softmax</th>}
            {showValues && <th scope="col">value v_j</th>}
            {showValues && <th scope="col">softmax × v_j</th>}
          </tr>
        </thead>
        <tbody>
          {tokens.map((token, j) => (
            <tr key={j} data-key={j} className={j === data.query ? 'attn-own-row' : undefined}>
              <th scope="row">{token}</th>
              {showKeys && (
                <td>
                  <VectorCells
                    values={data.keys[j]}
                    name={`k (“${token}”)`}
                    scale={keyScale}
                    cellSize={11}
                    compact={false}
                  />
                </td>
              )}
              <NumberCell value={data.scores[j]} column="score" />
              {showScaled && <NumberCell value={data.scaled[j]} column="scaled" />}
              {showWeights && <NumberCell value={data.weights[j]} column="weight" bar />}
              {showValues && (
                <td>
                  <VectorCells
                    values={data.values[j]}
                    name={`v (“${token}”)`}
                    scale={valueScale}
                    cellSize={11}
                    compact={false}
                  />
                </td>
              )}
              {showValues && (
                <td className="attn-weighted" data-key={j}>
                  <VectorCells
                    values={data.weightedValues[j]}
                    name={`${formatValue(data.weights[j])} × v (“${token}”)`}
                    scale={valueScale}
                    cellSize={11}
                    compact={false}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
        {showWeights && (
          <tfoot>
            <tr>
              <th scope="row">sum</th>
              {showKeys && <td />}
              <td />
              {showScaled && <td />}
              <td className="attn-number" data-column="weight-sum" data-value={total(data.weights)}>
                {total(data.weights).toFixed(4)}
              </td>
              {showValues && <td colSpan={2} />}
            </tr>
          </tfoot>
        )}
      </table>
      <div className="attn-legends">
        {showKeys && <ColorLegend scale={keyScale} caption="each number of q and of the keys" />}
        {showValues && (
          <ColorLegend scale={valueScale} caption="each number of the values, weighted or not" />
        )}
      </div>
    </>
  );
}
