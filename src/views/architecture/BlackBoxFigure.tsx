/**
 * Figures 1-3: the sentence goes into the model and its translation comes out. The box opens
 * (click) into the encoder and decoder stacks with this model's real layer counts.
 */
import { useState } from 'react';
import { PAPER_CONFIG } from '../../engine';
import type { Side } from './blocks';
import { StackDiagram } from './StackDiagram';
import { useText } from '../../i18n';
import './architecture.css';

export interface BlackBoxFigureProps {
  sentence: string;
  translation: string;
  encoderLayers: number;
  decoderLayers: number;
  selectedLayer: number;
  onSelectLayer(side: Side, layer: number): void;
  defaultOpen?: boolean;
}

export function BlackBoxFigure(props: BlackBoxFigureProps) {
  const [open, setOpen] = useState(props.defaultOpen ?? false);
  const text = useText().architecture;
  return (
    <figure
      className="arch-figure"
      style={{ marginLeft: 0, marginRight: 0 }}
      aria-label={text.blackBoxLabel(props.sentence, props.translation)}
    >
      <div className="arch-blackbox">
        <div className="arch-words" data-testid="arch-source">
          {props.sentence}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
          <span className="arch-arrow" aria-hidden="true">
            →
          </span>
          <button
            type="button"
            className="arch-box-button"
            aria-expanded={open}
            onClick={() => setOpen((wasOpen) => !wasOpen)}
          >
            {text.theTransformer}
          </button>
          <span className="arch-arrow" aria-hidden="true">
            →
          </span>
        </div>
        <div className="arch-words arch-output" data-testid="arch-translation">
          {props.translation}
        </div>
      </div>
      <figcaption className="arch-note">{open ? text.opened : text.clickToOpen}</figcaption>
      {open && (
        <div className="arch-stacks">
          <StackDiagram
            encoderLayers={props.encoderLayers}
            decoderLayers={props.decoderLayers}
            selectedLayer={props.selectedLayer}
            onSelectLayer={props.onSelectLayer}
          />
          <p className="arch-note">
            {text.stacks(props.encoderLayers, props.decoderLayers, PAPER_CONFIG.encoderLayers)}
          </p>
        </div>
      )}
    </figure>
  );
}
