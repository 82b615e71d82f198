/**
 * Step 1: the chosen word's vector x, multiplied by this head's three matrices, gives its query,
 * key and value: q = x W^Q + b^Q, and likewise k and v.
 */
import { ColorLegend, divergingScale, Formula, maxAbsOf, VectorCells } from '../../components';
import { PAPER_CONFIG, headSize } from '../../engine';
import type { AttentionStepData } from './attentionSteps';
import './attention.css';

const PAPER_HEAD_SIZE = headSize(PAPER_CONFIG);

export function QkvStep({ data, word }: { data: AttentionStepData; word: string }) {
  const { dModel, headSize: dk, layer, head, query } = data;
  const projections = [
    { name: 'q', matrix: 'W^Q', vector: data.q, role: 'query: what this word looks for' },
    { name: 'k', matrix: 'W^K', vector: data.keys[query], role: 'key: what this word offers' },
    { name: 'v', matrix: 'W^V', vector: data.values[query], role: 'value: what it passes on' },
  ];
  const xScale = divergingScale(maxAbsOf(data.x));
  const qkvScale = divergingScale(Math.max(...projections.map((p) => maxAbsOf(p.vector))));
  return (
    <div className="attn-step-body">
      <p>
        x is “{word}” as encoder layer {layer + 1} receives it
        {layer === 0
          ? ': its embedding plus its position signal'
          : `: the output of layer ${layer}`}
        , {dModel} numbers (the paper: {PAPER_CONFIG.dModel}). Head {head + 1} has its own three
        learned matrices, each {dModel} × {dk} (the paper: {PAPER_CONFIG.dModel} × {PAPER_HEAD_SIZE}
        ). Multiplying x by each, and adding a bias, gives three shorter vectors of {dk} numbers.
      </p>
      <div className="attn-qkv-row">
        <VectorCells
          values={data.x}
          label="x"
          name={`x (“${word}”)`}
          scale={xScale}
          maxWidth={480}
        />
        <ColorLegend scale={xScale} caption="each number of x" />
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
              cellSize={42}
              compact={false}
            />
            <span className="attn-muted">{role}</span>
          </div>
        ))}
      </div>
      <div className="attn-legends">
        <ColorLegend scale={qkvScale} caption="each number of q, k and v" />
      </div>
    </div>
  );
}
