/** "Representing The Order of The Sequence Using Positional Encoding". */
import { useModelConfig, useSelection, useShownRun } from '../architecture/useShownRun';
import { PeHeatmapFigure } from './PeHeatmapFigure';
import { PositionSumFigure } from './PositionSumFigure';
import { ToyTableFigure } from './ToyTableFigure';
import './positional.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

export function PositionalSection() {
  const run = useShownRun();
  const config = useModelConfig();
  const { selection } = useSelection();
  const embed = run?.tensor('src.embed');
  const pe = run?.tensor('src.pe');
  const input = run?.tensor('src.input');
  if (!run || !config || !embed || !pe || !input) {
    return <p className="pos-note">Waiting for the model’s first run…</p>;
  }
  return (
    <div>
      <p>
        Attention treats its inputs as a set: shuffle the words and every word would attend in the
        same way. To let the model know where each word stands, a vector that depends only on the
        position is added to each embedding before the first encoder.
      </p>
      <ExportableFigure
        name={figureFileName(
          'positional-encoding',
          'sum',
          run.sourceTokens[selection.queryToken] ?? '',
        )}
      >
        <PositionSumFigure
          tokens={run.sourceTokens}
          embed={embed}
          pe={pe}
          input={input}
          selected={selection.queryToken}
        />
      </ExportableFigure>
      <p>
        These position vectors are not learned: they are sines and cosines of the position at a
        range of frequencies. Here is the smallest case, four dimensions, for the first three
        positions.
      </p>
      <ExportableFigure name={figureFileName('positional-encoding', 'toy', 'table')}>
        <ToyTableFigure
          modelEncodings={pe}
          tokens={run.sourceTokens}
          modelLayout={config.positionalLayout}
        />
      </ExportableFigure>
      <p>
        Drawn for many positions, the pattern becomes visible. Because each value is a smooth
        function of the position, the same recipe gives an encoding for any position, even one
        longer than every sentence seen in training.
      </p>
      <ExportableFigure
        name={figureFileName('positional-encoding', 'heatmap')}
        caption="Positional encodings: one row per position, one column per dimension, in both layouts (sines then cosines, or alternating)."
      >
        <PeHeatmapFigure modelDModel={config.dModel} modelLayout={config.positionalLayout} />
      </ExportableFigure>
    </div>
  );
}
