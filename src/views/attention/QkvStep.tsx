/**
 * Step 1: the chosen word's vector x, multiplied by this head's three matrices, gives its query,
 * key and value: q = x W^Q + b^Q, and likewise k and v.
 */
import { ColorLegend, divergingScale, Formula, maxAbsOf, VectorCells } from '../../components';
import { PAPER_CONFIG, headSize } from '../../engine';
import { useText } from '../../i18n';
import type { AttentionStepData } from './attentionSteps';
import { useNumberCellSize } from './numberCells';
import './attention.css';

const PAPER_HEAD_SIZE = headSize(PAPER_CONFIG);

export function QkvStep({ data, word }: { data: AttentionStepData; word: string }) {
  const text = useText().attention;
  const numberCell = useNumberCellSize();
  const { dModel, headSize: dk, layer, head, query } = data;
  const projections = [
    { name: 'q', matrix: 'W^Q', vector: data.q, role: text.roles.q },
    { name: 'k', matrix: 'W^K', vector: data.keys[query], role: text.roles.k },
    { name: 'v', matrix: 'W^V', vector: data.values[query], role: text.roles.v },
  ];
  const xScale = divergingScale(maxAbsOf(data.x));
  const qkvScale = divergingScale(Math.max(...projections.map((p) => maxAbsOf(p.vector))));
  return (
    <div className="attn-step-body">
      <p>
        {text.qkvIntro(
          word,
          layer + 1,
          layer === 0 ? null : layer,
          dModel,
          PAPER_CONFIG.dModel,
          head + 1,
          dk,
          PAPER_HEAD_SIZE,
        )}
      </p>
      <div className="attn-qkv-row">
        <VectorCells
          values={data.x}
          label="x"
          name={text.xName(word)}
          scale={xScale}
          maxWidth={480}
        />
        <ColorLegend scale={xScale} caption={text.eachOfX} />
      </div>
      <div className="attn-qkv">
        {projections.map(({ name, matrix, vector, role }) => (
          <div key={name} className="attn-qkv-row">
            <Formula tex={`x\\,${matrix}_{${dModel}\\times${dk}} + b =`} />
            <VectorCells
              values={vector}
              label={name}
              name={name}
              scale={qkvScale}
              showNumbers
              cellSize={numberCell}
              compact={false}
            />
            <span className="attn-muted">{role}</span>
          </div>
        ))}
      </div>
      <div className="attn-legends">
        <ColorLegend scale={qkvScale} caption={text.eachOfQkv} />
      </div>
    </div>
  );
}
