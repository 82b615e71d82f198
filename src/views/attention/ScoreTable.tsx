/**
 * Steps 2 to 6 as one table that grows a column per step: each word's key, its score q · k_j,
 * the score ÷ √d_k, the softmax weight, then its value vector and the value scaled by the weight.
 * Every number cell keeps the full-precision value in data-value.
 */
import { ColorLegend, divergingScale, maxAbsOf, VectorCells } from '../../components';
import { useText } from '../../i18n';
import { total, type AttentionStepData } from './attentionSteps';
import { useNumberCellSize } from './numberCells';
import './attention.css';

export interface ScoreTableProps {
  data: AttentionStepData;
  tokens: readonly string[];
  /** 0-based step: 1 scores, 2 scaled, 3 softmax, 4 weighted values, 5 sum. */
  step: number;
}

/** Widest bar of a softmax weight (a weight of 1), in pixels. */
const BAR_WIDTH = 48;

interface NumberCellProps {
  value: number;
  /** The value as the table writes it. */
  shown: string;
  column: string;
  bar?: boolean;
}

function NumberCell({ value, shown, column, bar }: NumberCellProps) {
  return (
    <td className="attn-number" data-column={column} data-value={value}>
      {shown}
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
  const { attention: text, components } = useText();
  const numberCell = useNumberCellSize();
  const word = tokens[data.query];
  return (
    <>
      {showKeys && (
        <VectorCells
          values={data.q}
          label="q"
          name={text.vectorOf('q', word)}
          scale={keyScale}
          showNumbers
          cellSize={numberCell}
          compact={false}
        />
      )}
      <table className="attn-score-table">
        <thead>
          <tr>
            <th scope="col">{text.columns.word}</th>
            {showKeys && <th scope="col">{text.columns.key}</th>}
            <th scope="col">{text.columns.score}</th>
            {showScaled && (
              <th scope="col">
                {text.columns.divide(data.headSize, text.root(Math.sqrt(data.headSize), 3))}
              </th>
            )}
            {showWeights && <th scope="col">{text.columns.softmax}</th>}
            {showValues && <th scope="col">{text.columns.value}</th>}
            {showValues && <th scope="col">{text.columns.weighted}</th>}
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
                    name={text.vectorOf('k', token)}
                    scale={keyScale}
                    cellSize={11}
                    compact={false}
                  />
                </td>
              )}
              <NumberCell
                value={data.scores[j]}
                shown={components.number(data.scores[j])}
                column="score"
              />
              {showScaled && (
                <NumberCell
                  value={data.scaled[j]}
                  shown={components.number(data.scaled[j])}
                  column="scaled"
                />
              )}
              {/* Weights to four decimals, as their sum below: a weight of 1e-22 reads 0.0000. */}
              {showWeights && (
                <NumberCell
                  value={data.weights[j]}
                  shown={text.fourDecimals(data.weights[j])}
                  column="weight"
                  bar
                />
              )}
              {showValues && (
                <td>
                  <VectorCells
                    values={data.values[j]}
                    name={text.vectorOf('v', token)}
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
                    name={text.weightedVector(text.fourDecimals(data.weights[j]), token)}
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
              <th scope="row">{text.columns.sum}</th>
              {showKeys && <td />}
              <td />
              {showScaled && <td />}
              <td className="attn-number" data-column="weight-sum" data-value={total(data.weights)}>
                {text.fourDecimals(total(data.weights))}
              </td>
              {showValues && <td colSpan={2} />}
            </tr>
          </tfoot>
        )}
      </table>
      <div className="attn-legends">
        {showKeys && <ColorLegend scale={keyScale} caption={text.eachOfQAndKeys} />}
        {showValues && <ColorLegend scale={valueScale} caption={text.eachOfValues} />}
      </div>
    </>
  );
}
