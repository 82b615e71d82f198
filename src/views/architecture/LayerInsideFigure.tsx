/**
 * Figures 4-5: inside one encoder layer (self-attention → feed forward) or one decoder layer
 * (self-attention → encoder-decoder attention → feed forward). Each sublayer is a button; the one
 * hovered, focused or clicked shows the real vector that enters it and the one it produces for
 * the chosen token.
 */
import { useState } from 'react';
import type { Tensor } from '../../engine';
import { ColorLegend, divergingScale, VectorCells } from '../../components';
import { useText } from '../../i18n';
import { blockTitle, sublayers, type Side } from './blocks';
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
  const text = useText().architecture;
  const shared = useText().components;
  const rows = tensor(active.input)?.shape[0] ?? tokens.length;
  const title = blockTitle(active, text);
  const does = text.whatItDoes[active.part as keyof typeof text.whatItDoes];
  return (
    <figure className={`arch-inside arch-inside-${side}`} style={{ marginLeft: 0, marginRight: 0 }}>
      <h3>{text.insideLayer(text.sides[side], layer + 1)}</h3>
      <TokenPicker
        tokens={tokens}
        count={Math.min(tokens.length, rows)}
        selected={position}
        onSelect={onSelectPosition}
        label={side === 'encoder' ? text.sourceToken : text.decoderInputToken}
      />
      <div
        className="arch-sublayers"
        role="group"
        aria-label={text.sublayersLabel(text.Sides[side], layer + 1)}
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
              {blockTitle(part, text)}
            </button>
          </span>
        ))}
      </div>
      <div className="arch-readout" data-testid={`inside-${side}-readout`}>
        <span>
          {text.in} <span className="arch-readout-name">{active.input}</span>
        </span>
        {input ? (
          <VectorCells values={input} name={text.in} scale={scale} maxWidth={384} />
        ) : (
          <span className="arch-note">{shared.notComputedYet}</span>
        )}
        <span>
          {text.out} <span className="arch-readout-name">{active.output}</span>
        </span>
        {output ? (
          <VectorCells values={output} name={text.out} scale={scale} maxWidth={384} />
        ) : (
          <span className="arch-note">{shared.notComputedYet}</span>
        )}
      </div>
      <figcaption className="arch-note">
        {text.insideNote(title, does, tokens[position], input?.length ?? 0, active.part === 'self')}
      </figcaption>
      <ColorLegend scale={scale} caption={shared.valueLegend} />
    </figure>
  );
}
