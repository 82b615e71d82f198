/**
 * Figures 24-25: positional encodings as a heatmap, positions down, dimensions across, in both
 * layouts: Tensor2Tensor's (sines then cosines, split down the middle) and the paper's (sine and
 * cosine alternating). Any length, the model's width or the paper's 512; the model's layout marked.
 */
import { memo, useState } from 'react';
import type { PositionalLayout } from '../../engine';
import { PAPER_CONFIG } from '../../engine';
import { positionalEncoding } from '../../engine';
import { ColorLegend, divergingScale, Formula, MatrixGrid } from '../../components';
import { useText } from '../../i18n';
import { clampLength, dimensionRole, MAX_HEATMAP_LENGTH } from './layout';
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
  const words = useText();
  const text = words.positional;
  return (
    <figure className="pos-figure" style={{ marginLeft: 0, marginRight: 0 }}>
      <div className="pos-controls">
        <label>
          {text.positions(length)}{' '}
          <input
            type="range"
            min={1}
            max={MAX_HEATMAP_LENGTH}
            value={length}
            onChange={(event) => setLength(clampLength(Number(event.target.value)))}
          />
        </label>
        <fieldset>
          <legend>{text.widthD}</legend>
          <label>
            <input
              type="radio"
              name="pos-width"
              checked={width === 'model'}
              onChange={() => setWidth('model')}
            />{' '}
            {text.thisModel(modelDModel)}
          </label>{' '}
          <label>
            <input
              type="radio"
              name="pos-width"
              checked={width === 'paper'}
              onChange={() => setWidth('paper')}
            />{' '}
            {text.thePaper(PAPER_CONFIG.dModel)}
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
              {text.layoutNames[layout]}
              {used && <span className="pos-badge">{text.usedByModel}</span>}
            </h3>
            <Formula tex={LAYOUT_FORMULAS[layout]} />
            <MatrixGrid
              values={encodings.data}
              rows={length}
              cols={dModel}
              caption={text.gridCaption(length, dModel)}
              scale={SCALE}
              cellSize={length > 40 ? 5 : 10}
              maxWidth={512}
              describeCell={(position, dim, value) => {
                const role = dimensionRole(dim, dModel, layout);
                return text.cell(
                  text.positionRow(position),
                  dim,
                  role.fn,
                  role.frequency,
                  words.components.number(value),
                );
              }}
              ariaLabel={text.gridLabel(text.layoutWords[layout], length, dModel)}
            />
          </section>
        );
      })}
      <ColorLegend scale={SCALE} caption={text.encodingLegend} />
      <figcaption className="pos-note">{text.heatmapNote}</figcaption>
    </figure>
  );
});
