/**
 * Figures 24-25: positional encodings as a heatmap, positions down, dimensions across, in both
 * layouts: Tensor2Tensor's (sines then cosines, split down the middle) and the paper's (sine and
 * cosine alternating). Any length, the model's width or the paper's 512; the model's layout marked.
 */
import { memo, useState } from 'react';
import type { PositionalLayout } from '../../engine';
import { PAPER_CONFIG } from '../../engine';
import { positionalEncoding } from '../../engine';
import { ColorLegend, divergingScale, formatValue, Formula, MatrixGrid } from '../../components';
import {
  clampLength,
  dimensionRole,
  LAYOUT_NAMES,
  MAX_HEATMAP_LENGTH,
  positionLabel,
} from './layout';
import './positional.css';

export interface PeHeatmapFigureProps {
  modelDModel: number;
  modelLayout: PositionalLayout;
  initialLength?: number;
}

const LAYOUTS: PositionalLayout[] = ['concatenated', 'interleaved'];
const SCALE = divergingScale(1);

/** Each layout's recipe, as Tensor2Tensor's code and the paper's §3.5 write it. */
const LAYOUT_FORMULAS: Record<PositionalLayout, string> = {
  concatenated: String.raw`t_{pos,\,i} = \sin(pos\,\omega_i),\; t_{pos,\,d/2 + i} = \cos(pos\,\omega_i),\; \omega_i = 10000^{-i/(d/2-1)}`,
  interleaved: String.raw`PE_{pos,\,2i} = \sin(pos / 10000^{2i/d}),\; PE_{pos,\,2i+1} = \cos(pos / 10000^{2i/d})`,
};

/** Memoized: it depends on the model only, not on the sentence, so a new run leaves it as it is. */
export const PeHeatmapFigure = memo(function PeHeatmapFigure({
  modelDModel,
  modelLayout,
  initialLength = 20,
}: PeHeatmapFigureProps) {
  const [length, setLength] = useState(clampLength(initialLength));
  const [width, setWidth] = useState<'model' | 'paper'>('model');
  const dModel = width === 'model' ? modelDModel : PAPER_CONFIG.dModel;
  return (
    <figure className="pos-figure" style={{ marginLeft: 0, marginRight: 0 }}>
      <div className="pos-controls">
        <label>
          Positions: {length}{' '}
          <input
            type="range"
            min={1}
            max={MAX_HEATMAP_LENGTH}
            value={length}
            onChange={(event) => setLength(clampLength(Number(event.target.value)))}
          />
        </label>
        <fieldset>
          <legend>Width d</legend>
          <label>
            <input
              type="radio"
              name="pos-width"
              checked={width === 'model'}
              onChange={() => setWidth('model')}
            />{' '}
            this model ({modelDModel})
          </label>{' '}
          <label>
            <input
              type="radio"
              name="pos-width"
              checked={width === 'paper'}
              onChange={() => setWidth('paper')}
            />{' '}
            the paper ({PAPER_CONFIG.dModel})
          </label>
        </fieldset>
      </div>
      {LAYOUTS.map((layout) => {
        const encodings = positionalEncoding(length, dModel, layout);
        const used = layout === modelLayout;
        return (
          <section
            key={layout}
            className={`pos-heatmap${used ? ' pos-used' : ''}`}
            data-testid={`pe-heatmap-${layout}`}
            data-layout={layout}
          >
            <h3>
              {LAYOUT_NAMES[layout]}
              {used && <span className="pos-badge">used by this model</span>}
            </h3>
            <Formula tex={LAYOUT_FORMULAS[layout]} />
            <MatrixGrid
              values={encodings.data}
              rows={length}
              cols={dModel}
              caption={`${length} positions × ${dModel} dimensions`}
              scale={SCALE}
              cellSize={length > 40 ? 5 : 10}
              maxWidth={512}
              describeCell={(position, dim, value) => {
                const role = dimensionRole(dim, dModel, layout);
                return `position ${positionLabel(position)}, dimension ${dim} (${role.fn}, ω${role.frequency}): ${formatValue(value)}`;
              }}
              ariaLabel={`Positional encodings, ${layout} layout: ${length} positions by ${dModel} dimensions, values between -1 and 1.`}
            />
          </section>
        );
      })}
      <ColorLegend scale={SCALE} caption="value of the encoding" />
      <figcaption className="pos-note">
        Each row is the vector added to the token at that position. The left columns change quickly
        from row to row (high frequencies), the right ones slowly. In the concatenated layout the
        sines fill the left half and the cosines the right half; in the paper’s layout they
        alternate, so the two halves are woven together.
      </figcaption>
    </figure>
  );
});
