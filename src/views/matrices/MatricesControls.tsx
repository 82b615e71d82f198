/**
 * Which attention sublayer, which layer and which head the matrix figures show. Layers and heads
 * are held from 0, as the store holds them, and labelled from 1, as the whole page labels them.
 */
import { useId } from 'react';
import { ATTENTION_KINDS, type AttentionKind } from './attentionNames';
import { shownNumber } from './shapes';
import { useText } from '../../i18n';
import './matrices.css';

export interface MatricesControlsProps {
  kind: AttentionKind;
  onKind(kind: AttentionKind): void;
  layers: number;
  layer: number;
  onLayer(layer: number): void;
  heads: number;
  head: number;
  onHead(head: number): void;
}

export function MatricesControls(props: MatricesControlsProps) {
  const text = useText().matrices;
  const kindId = useId();
  const layerId = useId();
  return (
    <div className="mx-controls">
      <span className="mx-control">
        <label htmlFor={kindId}>{text.attentionControl}</label>
        <select
          id={kindId}
          value={props.kind}
          onChange={(event) => {
            const picked = ATTENTION_KINDS.find((kind) => kind === event.target.value);
            if (picked) props.onKind(picked);
          }}
        >
          {ATTENTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {text.kinds[kind]}
            </option>
          ))}
        </select>
      </span>
      <span className="mx-control">
        <label htmlFor={layerId}>{text.layerControl}</label>
        <select
          id={layerId}
          value={props.layer}
          onChange={(event) => props.onLayer(Number(event.target.value))}
        >
          {Array.from({ length: props.layers }, (_, layer) => (
            <option key={layer} value={layer}>
              {shownNumber(layer)}
            </option>
          ))}
        </select>
      </span>
      <div className="mx-head-buttons" role="group" aria-label={text.headControl}>
        <span>{text.headControl}</span>
        {Array.from({ length: props.heads }, (_, head) => (
          <button
            key={head}
            type="button"
            aria-pressed={head === props.head}
            aria-label={text.headButton(shownNumber(head))}
            onClick={() => props.onHead(head)}
          >
            {shownNumber(head)}
          </button>
        ))}
      </div>
    </div>
  );
}
