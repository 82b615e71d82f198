/**
 * Step 6: z = Σ_j softmax_j v_j. The sum of the weighted value vectors is added up here, from the
 * numbers in the table, and set beside the z the engine computed, to show they are the same.
 */
import { ColorLegend, divergingScale, formatValue, maxAbsOf, VectorCells } from '../../components';
import { useText } from '../../i18n';
import { sumOfVectors, type AttentionStepData } from './attentionSteps';
import { useNumberCellSize } from './numberCells';
import './attention.css';

export function SumStep({ data, word }: { data: AttentionStepData; word: string }) {
  const text = useText().attention;
  const numberCell = useNumberCellSize();
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
          name={text.sumName}
          scale={scale}
          showNumbers
          cellSize={numberCell}
          compact={false}
        />
      </div>
      <div data-testid="attn-z">
        <VectorCells
          values={data.z}
          label="z"
          name={text.zName(word)}
          scale={scale}
          showNumbers
          cellSize={numberCell}
          compact={false}
        />
      </div>
      <ColorLegend scale={scale} caption={text.eachOfSumAndZ} />
      <p className="attn-muted">
        {text.sumCheck(
          word,
          <code>enc.{data.layer}.self.z</code>,
          data.head + 1,
          formatValue(largestGap),
        )}
      </p>
    </div>
  );
}
