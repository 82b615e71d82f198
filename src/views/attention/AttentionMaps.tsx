/**
 * Attention as heatmaps: the chosen layer and head in full (rows are queries, columns keys,
 * values on hover, the selected query's row outlined), and every layer × head as small maps.
 * Encoder self-attention by default; the decoder's two kinds once the trace holds them.
 */
import { useState } from 'react';
import { ColorLegend, Heatmap, formatValue, sequentialScale } from '../../components';
import type { Selection } from '../../store';
import type { TraceTensors } from '../../worker/runTypes';
import {
  attentionPrefix,
  attentionTokens,
  KIND_LABELS,
  layersInTrace,
  type AttentionKind,
} from './attentionKinds';
import { largestWeight, maskFromScaled, selectedRow, selectRow } from './attentionMaps';
import { HeadGrid } from './HeadGrid';
import { headMatrix } from './headSlices';
import { IndexPicker } from './IndexPicker';
import { KindPicker } from './KindPicker';
import './attention.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

export interface AttentionMapsProps {
  trace: TraceTensors;
  kinds: readonly AttentionKind[];
  sourceTokens: readonly string[];
  targetTokens: readonly string[];
  selection: Selection;
  onSelect(change: Partial<Selection>): void;
  /** Width available to the small multiples beside their layer labels, in pixels. */
  width?: number;
}

export function AttentionMaps(props: AttentionMapsProps) {
  const { trace, kinds, selection, onSelect } = props;
  const [picked, setPicked] = useState<AttentionKind>('encoder-self');
  const kind = kinds.includes(picked) ? picked : 'encoder-self';
  const layers = layersInTrace(trace, kind);
  const layer = Math.min(selection.layer, layers - 1);
  const name = `${attentionPrefix(kind, layer)}.weights` as const;
  const weights = trace.get(name);
  if (!weights) return <p className="attn-muted">The attention weights have not arrived yet.</p>;
  const heads = weights.shape[0];
  const head = Math.min(selection.head, heads - 1);

  const { queries, keys } = attentionTokens(kind, props.sourceTokens, props.targetTokens);
  const { rows, values } = headMatrix(weights, head);
  const row = selectedRow(kind, selection, rows);
  const scale = sequentialScale(largestWeight(trace, kind, layers));
  const masked = maskFromScaled(trace, kind, layer, head);
  const title = `${KIND_LABELS[kind]}, layer ${layer + 1}, head ${head + 1}`;
  return (
    <ExportableFigure
      name={figureFileName('attention-map', kind, `layer ${layer + 1}`, `head ${head + 1}`)}
      caption={`${title}: one row per query, one column per key, each cell the weight; below, every layer and head as small maps.`}
    >
      <figure className="attn-figure">
        <div className="attn-controls">
          <KindPicker kinds={kinds} value={kind} onChange={setPicked} />
          <IndexPicker
            label="Layer"
            count={layers}
            value={layer}
            onChange={(l) => onSelect({ layer: l })}
          />
          <IndexPicker
            label="Head"
            count={heads}
            value={head}
            onChange={(h) => onSelect({ head: h })}
          />
        </div>
        <div className="attn-map-main">
          <Heatmap
            values={values}
            rowTokens={queries}
            colTokens={keys}
            caption={`${title}  [${rows} × ${keys.length}], from ${name}`}
            scale={scale}
            selectedRow={row}
            isMasked={masked}
            onCellClick={(r) => onSelect(selectRow(kind, r))}
            maxWidth={560}
            withNumbers
            ariaLabel={`${title}: ${rows} query tokens by ${keys.length} key tokens; row “${queries[row]}” selected. Use the arrow keys to read values, Enter to choose a row.`}
          />
          <div className="attn-map-key">
            <ColorLegend
              scale={scale}
              caption={`attention weight (up to ${formatValue(scale.max)}, the largest in any ${KIND_LABELS[kind].toLowerCase()} map)`}
            />
            {kind === 'decoder-self' && (
              <p className="attn-muted">
                Hatched cells are masked: a position may not look at later ones, which had not been
                generated yet. Their scores were set to −∞ before the softmax, so their weight is 0.
              </p>
            )}
            <p className="attn-muted">Each row sums to 1. Click a row to choose that query.</p>
          </div>
        </div>
        <h3 className="attn-subtitle">Every layer and head</h3>
        <HeadGrid
          trace={trace}
          kind={kind}
          layers={layers}
          heads={heads}
          layer={layer}
          head={head}
          scale={scale}
          width={props.width ?? 800}
          onSelect={onSelect}
        />
      </figure>
    </ExportableFigure>
  );
}
