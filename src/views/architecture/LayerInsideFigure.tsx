/**
 * Figures 4-5: inside one encoder layer (self-attention → feed forward) or one decoder layer
 * (self-attention → encoder-decoder attention → feed forward). Each sublayer is a button; the one
 * hovered, focused or clicked shows the real vector that enters it and the one it produces for
 * the chosen token.
 */
import { useState } from 'react';
import type { Tensor } from '../../engine';
import { ColorLegend, divergingScale, VectorCells } from '../../components';
import { sublayers, type Side } from './blocks';
import { TokenPicker } from './TokenPicker';
import { sharedMaxAbs, tokenVector } from './vectorRows';
import './architecture.css';

export interface LayerInsideFigureProps {
  side: Side;
  layer: number;
  tokens: readonly string[];
  position: number;
  onSelectPosition(position: number): void;
  tensor(name: string): Tensor | undefined;
}

const WHAT_IT_DOES: Record<string, string> = {
  self: 'mixes in information from the other tokens of the same sentence',
  cross: 'looks at the encoder’s output for the source sentence',
  ffn: 'transforms each token on its own, with the same weights at every position',
};

export function LayerInsideFigure({
  side,
  layer,
  tokens,
  position,
  onSelectPosition,
  tensor,
}: LayerInsideFigureProps) {
  const parts = sublayers(side, layer);
  const [activeIndex, setActiveIndex] = useState(0);
  const active = parts[Math.min(activeIndex, parts.length - 1)];
  const input = tokenVector(tensor(active.input), position);
  const output = tokenVector(tensor(active.output), position);
  const scale = divergingScale(sharedMaxAbs([input, output]));
  const sideName = side === 'encoder' ? 'Encoder' : 'Decoder';
  const rows = tensor(active.input)?.shape[0] ?? tokens.length;
  return (
    <figure className={`arch-inside arch-inside-${side}`} style={{ marginLeft: 0, marginRight: 0 }}>
      <h3>
        Inside {side} layer {layer + 1}
      </h3>
      <TokenPicker
        tokens={tokens}
        count={Math.min(tokens.length, rows)}
        selected={position}
        onSelect={onSelectPosition}
        label={side === 'encoder' ? 'Source token' : 'Decoder input token'}
      />
      <div
        className="arch-sublayers"
        role="group"
        aria-label={`${sideName} layer ${layer + 1} sublayers`}
      >
        {parts.map((part, i) => (
          <span key={part.key} style={{ display: 'contents' }}>
            {i > 0 && (
              <span className="arch-arrow" aria-hidden="true">
                →
              </span>
            )}
            <button
              type="button"
              className="arch-sublayer"
              aria-pressed={part === active}
              onMouseEnter={() => setActiveIndex(i)}
              onFocus={() => setActiveIndex(i)}
              onClick={() => setActiveIndex(i)}
            >
              {part.title}
            </button>
          </span>
        ))}
      </div>
      <div className="arch-readout" data-testid={`inside-${side}-readout`}>
        <span>
          in <span className="arch-readout-name">{active.input}</span>
        </span>
        {input ? (
          <VectorCells values={input} name="in" scale={scale} maxWidth={384} />
        ) : (
          <span className="arch-note">not computed yet</span>
        )}
        <span>
          out <span className="arch-readout-name">{active.output}</span>
        </span>
        {output ? (
          <VectorCells values={output} name="out" scale={scale} maxWidth={384} />
        ) : (
          <span className="arch-note">not computed yet</span>
        )}
      </div>
      <figcaption className="arch-note">
        {active.title} {WHAT_IT_DOES[active.part]}. Shown for “{tokens[position]}”: the vector
        entering the sublayer and the one it produces, {input?.length ?? 0} numbers each.
        {active.part !== 'self' &&
          ` Its input is the previous sublayer's output after Add & Norm (see The Residuals).`}
      </figcaption>
      <ColorLegend scale={scale} caption="value of each number" />
    </figure>
  );
}
