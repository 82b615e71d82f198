/**
 * Figures 7-8: one encoder layer, position by position. Every x goes into one shared
 * self-attention (drawn as a single block across all positions: there, positions depend on each
 * other), comes out as z, then passes its own copy of the feed-forward network (drawn once per
 * position: the same weights, applied to each position separately), and leaves as r.
 */
import { Fragment } from 'react';
import type { Tensor } from '../../engine';
import { row } from '../../engine';
import { ColorLegend, divergingScale, VectorCells } from '../../components';
import { sharedMaxAbs } from '../architecture/vectorRows';
import { encoderFlowStages, type FlowStage } from './layout';
import { useText } from '../../i18n';
import './vectors.css';

export interface EncoderFlowFigureProps {
  tokens: readonly string[];
  layer: number;
  layers: number;
  tensor(name: string): Tensor | undefined;
  selected: number;
  onSelectToken(position: number): void;
  /** Without it, no layer picker: the figure stays on `layer`. */
  onSelectLayer?(layer: number): void;
}

const VECTOR_WIDTH = 128;

export function EncoderFlowFigure(props: EncoderFlowFigureProps) {
  const { tokens, layer, tensor, selected } = props;
  const stages = encoderFlowStages(layer);
  const text = useText().vectors;
  const shared = useText().components;
  const x = tensor(stages.x.name);
  const z = tensor(stages.z.name);
  const r = tensor(stages.r.name);
  if (!x || !z || !r) return <p className="vec-note">{text.notComputed(layer + 1)}</p>;
  const positions = Math.min(x.shape[0], tokens.length);
  const scale = divergingScale(sharedMaxAbs([x.data, z.data, r.data]));
  const cell = (stage: FlowStage, t: Tensor, position: number) => (
    <div
      className={position === selected ? 'vec-selected-row' : undefined}
      style={{ gridRow: position + 2, justifySelf: 'start' }}
      data-testid={`flow-${stage.symbol}-${position}`}
    >
      <VectorCells
        values={row(t, position)}
        name={`${stage.symbol}${position + 1}`}
        scale={scale}
        maxWidth={VECTOR_WIDTH}
        compact
      />
    </div>
  );
  const arrow = (column: number, position: number) => (
    <span
      className="vec-arrow"
      aria-hidden="true"
      style={{ gridRow: position + 2, gridColumn: column }}
    >
      →
    </span>
  );
  return (
    <figure className="vec-figure" style={{ marginLeft: 0, marginRight: 0 }}>
      {props.onSelectLayer && (
        <div className="vec-layers" role="group" aria-label={text.encoderLayer}>
          {text.encoderLayerPicker}
          {Array.from({ length: props.layers }, (_, l) => (
            <button
              key={l}
              type="button"
              className="vec-token"
              aria-pressed={l === layer}
              onClick={() => props.onSelectLayer?.(l)}
            >
              {l + 1}
            </button>
          ))}
        </div>
      )}
      <div
        className="vec-flow"
        style={{
          gridTemplateColumns: 'auto auto auto 8rem auto auto auto auto auto auto',
        }}
        role="group"
        aria-label={text.flowLabel(layer + 1, positions)}
      >
        <span className="vec-flow-head" style={{ gridColumn: 2 }}>
          {text.xIn}
        </span>
        <span className="vec-flow-head" style={{ gridColumn: 6 }}>
          z
        </span>
        <span className="vec-flow-head" style={{ gridColumn: 10 }}>
          {text.rOut}
        </span>
        {Array.from({ length: positions }, (_, position) => (
          <Fragment key={position}>
            <button
              type="button"
              className="vec-token"
              aria-pressed={position === selected}
              style={{ gridRow: position + 2, gridColumn: 1 }}
              onClick={() => props.onSelectToken(position)}
            >
              {tokens[position]}
            </button>
            {cell(stages.x, x, position)}
            {arrow(3, position)}
            {arrow(5, position)}
            {cell(stages.z, z, position)}
            {arrow(7, position)}
            <div className="vec-sublayer vec-ffn" style={{ gridRow: position + 2, gridColumn: 8 }}>
              {text.feedForward}
            </div>
            {arrow(9, position)}
            {cell(stages.r, r, position)}
          </Fragment>
        ))}
        <div className="vec-sublayer" style={{ gridRow: `2 / span ${positions}`, gridColumn: 4 }}>
          {text.selfAttentionBlock}
        </div>
      </div>
      <figcaption className="vec-note">
        {(
          [
            [stages.x, layer === 0 ? text.stageWhy.xFirst : text.stageWhy.xAbove(layer)],
            [stages.z, text.stageWhy.z],
            [stages.r, text.stageWhy.r],
          ] as const
        ).map(([s, why]) => (
          <span key={s.symbol}>
            {text.stageIs(s.symbol, <span className="vec-name">{s.name}</span>, why)}
          </span>
        ))}
        {text.flowNorms}
      </figcaption>
      <ColorLegend scale={scale} caption={shared.valueLegend} />
    </figure>
  );
}
