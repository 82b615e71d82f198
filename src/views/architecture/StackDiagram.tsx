/** The encoder and decoder stacks, one clickable box per layer, the top encoder feeding each decoder. */
import { type KeyboardEvent } from 'react';
import { linkPath, stackLayout, type PlacedBox } from './layout';
import type { Side } from './blocks';
import { useText } from '../../i18n';
import './architecture.css';

export interface StackDiagramProps {
  encoderLayers: number;
  decoderLayers: number;
  selectedLayer: number;
  onSelectLayer(side: Side, layer: number): void;
}

const HEADING_ROOM = 22;
/** Below the stacks: what enters each one. */
const FOOT_ROOM = 20;

export function StackDiagram({
  encoderLayers,
  decoderLayers,
  selectedLayer,
  onSelectLayer,
}: StackDiagramProps) {
  const layout = stackLayout(encoderLayers, decoderLayers);
  const text = useText().architecture;
  const box = (side: Side, placed: PlacedBox, layer: number) => {
    const name = text.stackBox(text.Sides[side], layer + 1);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onSelectLayer(side, layer);
      }
    };
    return (
      <g
        key={placed.key}
        className={`arch-block arch-${side}${layer === selectedLayer ? ' arch-selected' : ''}`}
        role="button"
        tabIndex={0}
        aria-pressed={layer === selectedLayer}
        aria-label={text.stackBoxLabel(
          name,
          side === 'encoder' ? encoderLayers : decoderLayers,
          layer + 1,
        )}
        data-side={side}
        data-layer={layer}
        onClick={() => onSelectLayer(side, layer)}
        onKeyDown={onKeyDown}
      >
        <rect x={placed.x} y={placed.y} width={placed.width} height={placed.height} rx={5} />
        <text
          x={placed.x + placed.width / 2}
          y={placed.y + placed.height / 2}
          dy="0.35em"
          textAnchor="middle"
        >
          {name}
        </text>
      </g>
    );
  };
  return (
    <svg
      className="arch-svg"
      width={layout.width}
      height={layout.height + HEADING_ROOM + FOOT_ROOM}
      viewBox={`0 ${-HEADING_ROOM} ${layout.width} ${layout.height + HEADING_ROOM + FOOT_ROOM}`}
      role="group"
      aria-label={text.stacksLabel(encoderLayers, decoderLayers)}
    >
      <defs>
        <marker
          id="arch-stack-arrow"
          viewBox="0 0 8 8"
          refX={8}
          refY={4}
          markerWidth={7}
          markerHeight={7}
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" fill="currentColor" />
        </marker>
      </defs>
      <text className="arch-heading" x={layout.encoders[0]?.x ?? 0} y={-8}>
        {text.encoders(encoderLayers)}
      </text>
      <text className="arch-heading" x={layout.decoders[0]?.x ?? 0} y={-8}>
        {text.decoders(decoderLayers)}
      </text>
      {layout.links.map((link) => (
        <path
          key={link.key}
          className="arch-link arch-link-memory"
          d={linkPath(link.points)}
          markerEnd="url(#arch-stack-arrow)"
        />
      ))}
      <text x={layout.encoders[0]?.x ?? 0} y={layout.height + 8}>
        {text.yourSentence}
      </text>
      <text x={layout.decoders[0]?.x ?? 0} y={layout.height + 8}>
        {text.translationSoFar}
      </text>
      {layout.encoders.map((placed, layer) => box('encoder', placed, layer))}
      {layout.decoders.map((placed, layer) => box('decoder', placed, layer))}
    </svg>
  );
}
