/** "Representing The Order of The Sequence Using Positional Encoding". */
import { useModelConfig, useSelection, useShownRun } from '../architecture/useShownRun';
import { PeHeatmapFigure } from './PeHeatmapFigure';
import { PositionSumFigure } from './PositionSumFigure';
import { ToyTableFigure } from './ToyTableFigure';
import './positional.css';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText } from '../../i18n';

export function PositionalSection() {
  const run = useShownRun();
  const config = useModelConfig();
  const { selection } = useSelection();
  const text = useText().positional;
  const shared = useText().components;
  const embed = run?.tensor('src.embed');
  const pe = run?.tensor('src.pe');
  const input = run?.tensor('src.input');
  if (!run || !config || !embed || !pe || !input) {
    return <p className="pos-note">{shared.waiting}</p>;
  }
  return (
    <div>
      <p>{text.intro}</p>
      <ExportableFigure
        name={({ positional: { file } }) =>
          figureFileName(file.positional, file.sum, run.sourceTokens[selection.queryToken] ?? '')
        }
      >
        <PositionSumFigure
          tokens={run.sourceTokens}
          embed={embed}
          pe={pe}
          input={input}
          selected={selection.queryToken}
        />
      </ExportableFigure>
      <p>{text.toyIntro}</p>
      <ExportableFigure
        name={({ positional: { file } }) => figureFileName(file.positional, file.toy, file.table)}
      >
        <ToyTableFigure
          modelEncodings={pe}
          tokens={run.sourceTokens}
          modelLayout={config.positionalLayout}
        />
      </ExportableFigure>
      <p>{text.heatmapIntro}</p>
      <ExportableFigure
        name={({ positional: { file } }) => figureFileName(file.positional, file.heatmap)}
        caption={text.heatmapCaption}
      >
        <PeHeatmapFigure modelDModel={config.dModel} modelLayout={config.positionalLayout} />
      </ExportableFigure>
    </div>
  );
}
