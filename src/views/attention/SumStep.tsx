/**
 * Step 6: z = Σ_j softmax_j v_j. The sum of the weighted value vectors is added up here, from the
 * numbers in the table, and set beside the z the engine computed, to show they are the same.
 */
import { ColorLegend, divergingScale, formatValue, maxAbsOf, VectorCells } from '../../components';
import { sumOfVectors, type AttentionStepData } from './attentionSteps';
import './attention.css';

export function SumStep({ data, word }: { data: AttentionStepData; word: string }) {
  const sum = sumOfVectors(data.weightedValues, data.headSize);
  const scale = divergingScale(Math.max(maxAbsOf(sum), maxAbsOf(data.z)));
  let largestGap = 0;
  sum.forEach((value, c) => {
    largestGap = Math.max(largestGap, Math.abs(value - data.z[c]));
  });
  return (
    <div className="attn-sum">
      <div data-testid="attn-sum-of-weighted">
        <VectorCells
          values={sum}
          label="Σ"
          name="sum of the weighted values"
          scale={scale}
          showNumbers
          cellSize={42}
          compact={false}
        />
      </div>
      <div data-testid="attn-z">
        <VectorCells
          values={data.z}
          label="z"
          name={`z (“${word}”)`}
          scale={scale}
          showNumbers
          cellSize={42}
          compact={false}
        />
      </div>
      <ColorLegend scale={scale} caption="each number of Σ and z" />
      <p className="attn-muted">
        Σ adds up the last column above; z is what the engine computed for “{word}” (
        <code>enc.{data.layer}.self.z</code>, head {data.head + 1}). Largest difference between
        them: {formatValue(largestGap)}, the rounding of 32-bit arithmetic.
      </p>
    </div>
  );
}
