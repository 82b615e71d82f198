/**
 * Figure 27: the real vectors around each Add & Norm of an encoder layer, for one token. Around
 * self-attention: x, z, x + z (enc.l.add1) and LayerNorm(x + z) (enc.l.norm1); around the
 * feed-forward network the same with its input and output.
 */
import type { Tensor } from '../../engine';
import {
  ColorLegend,
  divergingScale,
  Formula,
  NumbersTable,
  VectorCells,
  type ColorScale,
} from '../../components';
import { sharedMaxAbs, tokenVector } from '../architecture/vectorRows';
import { meanAndDeviation, residualStages } from './layout';
import { useText } from '../../i18n';
import './vectors.css';

export type ResidualGroup = 'attention' | 'feedForward';

export interface ResidualVectorsFigureProps {
  layer: number;
  token: string;
  position: number;
  tensor(name: string): Tensor | undefined;
  /** The group to outline, as chosen in the diagram above. */
  emphasis: ResidualGroup | null;
}

interface ResidualRow {
  symbol: string;
  tex: string;
  name: string;
}

export function ResidualVectorsFigure(props: ResidualVectorsFigureProps) {
  const stages = residualStages(props.layer);
  const text = useText().vectors;
  const shared = useText().components;
  const groups: { group: ResidualGroup; title: string; rows: ResidualRow[] }[] = [
    {
      group: 'attention',
      title: text.aroundAttention,
      rows: [
        { symbol: 'x', tex: 'x', name: stages.attention.input },
        { symbol: 'z', tex: 'z', name: stages.attention.sublayer },
        { symbol: 'x + z', tex: 'x + z', name: stages.attention.sum },
        {
          symbol: 'LayerNorm(x + z)',
          tex: '\\mathrm{LayerNorm}(x + z)',
          name: stages.attention.norm,
        },
      ],
    },
    {
      group: 'feedForward',
      title: text.aroundFeedForward,
      rows: [
        { symbol: 'y', tex: 'y', name: stages.feedForward.input },
        { symbol: 'FFN(y)', tex: '\\mathrm{FFN}(y)', name: stages.feedForward.sublayer },
        { symbol: 'y + FFN(y)', tex: 'y + \\mathrm{FFN}(y)', name: stages.feedForward.sum },
        {
          symbol: 'LayerNorm(y + FFN(y))',
          tex: '\\mathrm{LayerNorm}(y + \\mathrm{FFN}(y))',
          name: stages.feedForward.norm,
        },
      ],
    },
  ];
  return (
    <figure className="vec-figure" style={{ marginLeft: 0, marginRight: 0 }}>
      {groups.map(({ group, title, rows }) => {
        const vectors = rows.map((r) => tokenVector(props.tensor(r.name), props.position));
        const scale = divergingScale(sharedMaxAbs(vectors));
        return (
          <section
            key={group}
            className={`vec-residual${props.emphasis === group ? ' vec-emphasis' : ''}`}
            data-testid={`residual-${group}`}
            aria-label={text.residualLabel(title, props.layer + 1, props.token)}
          >
            <h3>{text.residualHeading(title, props.layer + 1, props.token)}</h3>
            {rows.map((r, i) => (
              <VectorRow key={r.name} row={r} values={vectors[i]} scale={scale} />
            ))}
            <div style={{ gridColumn: '1 / -1' }}>
              <ColorLegend scale={scale} caption={shared.valueLegend} />
              <NumbersTable
                caption={`${title}: ${rows.map((r) => r.name).join(', ')}`}
                values={concatRows(vectors)}
                cols={vectors[0]?.length ?? 0}
                rowLabels={rows.map((r) => r.symbol)}
              />
            </div>
          </section>
        );
      })}
      <figcaption className="vec-note">{text.layerNormNote}</figcaption>
    </figure>
  );
}

function VectorRow({
  row,
  values,
  scale,
}: {
  row: ResidualRow;
  values: Float32Array | null;
  scale: ColorScale;
}) {
  const stats = values ? meanAndDeviation(values) : null;
  const words = useText();
  const text = words.vectors;
  const { number, notComputedYet } = words.components;
  return (
    <>
      <Formula tex={row.tex} />
      <span className="vec-name">{row.name}</span>
      {values ? (
        <VectorCells values={values} name={row.symbol} scale={scale} maxWidth={384} />
      ) : (
        <span className="vec-note">{notComputedYet}</span>
      )}
      <span className="vec-stat">
        {stats ? text.meanAndSpread(number(stats.mean), number(stats.deviation)) : ''}
      </span>
    </>
  );
}

function concatRows(vectors: readonly (Float32Array | null)[]): Float32Array {
  const present = vectors.filter((v): v is Float32Array => v !== null);
  const out = new Float32Array(present.reduce((n, v) => n + v.length, 0));
  let offset = 0;
  for (const v of present) {
    out.set(v, offset);
    offset += v.length;
  }
  return out;
}
