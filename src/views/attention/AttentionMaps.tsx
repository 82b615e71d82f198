/**
 * Attention as heatmaps: the chosen layer and head in full (rows are queries, columns keys,
 * values on hover, the selected query's row outlined), and every layer × head as small maps.
 * Encoder self-attention by default; the decoder's two kinds once the trace holds them.
 */
import { useState } from 'react';
import { ColorLegend, Heatmap, sequentialScale } from '../../components';
import { useText } from '../../i18n';
import type { Selection } from '../../store';
import type { TraceTensors } from '../../worker/runTypes';
import {
  attentionPrefix,
  attentionTokens,
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
  const words = useText();
  const text = words.attention;
  const kind = kinds.includes(picked) ? picked : 'encoder-self';
  const layers = layersInTrace(trace, kind);
  const layer = Math.min(selection.layer, layers - 1);
  const name = `${attentionPrefix(kind, layer)}.weights` as const;
  const weights = trace.get(name);
  if (!weights) return <p className="attn-muted">{text.weightsNotArrived}</p>;
  const heads = weights.shape[0];
  const head = Math.min(selection.head, heads - 1);

  const { queries, keys } = attentionTokens(kind, props.sourceTokens, props.targetTokens);
  const { rows, values } = headMatrix(weights, head);
  const row = selectedRow(kind, selection, rows);
  const scale = sequentialScale(largestWeight(trace, kind, layers));
  const masked = maskFromScaled(trace, kind, layer, head);
  const title = text.mapTitle(text.kinds[kind], layer + 1, head + 1);
  return (
    <ExportableFigure
      name={({ attention: { file } }) =>
        figureFileName(file.map, file.kinds[kind], file.layer(layer + 1), file.head(head + 1))
      }
      caption={text.mapCaption(title)}
    >
      <figure className="attn-figure">
        <div className="attn-controls">
          <KindPicker kinds={kinds} value={kind} onChange={setPicked} />
          <IndexPicker
            label={text.layer}
            count={layers}
            value={layer}
            onChange={(l) => onSelect({ layer: l })}
          />
          <IndexPicker
            label={text.head}
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
            caption={text.mapTable(title, rows, keys.length, name)}
            scale={scale}
            selectedRow={row}
            isMasked={masked}
            onCellClick={(r) => onSelect(selectRow(kind, r))}
            maxWidth={560}
            withNumbers
            ariaLabel={text.mapLabel(title, rows, keys.length, queries[row])}
          />
          <div className="attn-map-key">
            <ColorLegend
              scale={scale}
              caption={text.mapLegend(words.components.number(scale.max), text.kinds[kind])}
            />
            {kind === 'decoder-self' && <p className="attn-muted">{text.masked}</p>}
            <p className="attn-muted">{text.rowsSum}</p>
          </div>
        </div>
        <h3 className="attn-subtitle">{text.everyLayerAndHead}</h3>
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
