/**
 * The figures the compare view can draw for both sentences with the shared selection: two
 * compact figures drawn from a run given to them, then every section of the page that draws the
 * run on screen, put under the second sentence's store on its side.
 */
import { traceName } from '../../engine';
import type { ComponentType } from 'react';
import type { ModelConfig } from '../../engine';
import { sectionTitle, useText, type Catalogue } from '../../i18n';
import type { Selection } from '../../store';
import { encoderView } from '../../views/attention/EncoderSelfAttention';
import { TokenView } from '../../views/attention/TokenView';
import { AlignmentFigure } from '../../views/decoding/AlignmentFigure';
import { CompactAttribution } from '../../views/attribution/CompactAttribution';
import type { Section } from '../../views/sections';
import type { CompletedRun } from '../../worker/runTypes';
import { RUN_SECTIONS } from './postSections';

export interface CompareFigureProps {
  run: CompletedRun;
  config: ModelConfig;
  selection: Selection;
  select: (change: Partial<Selection>) => void;
  /** Width of one side, in pixels. */
  width: number;
}

export type CompareFigure =
  | {
      /** The link's `figure`. */
      id: keyof Catalogue['compare']['figures'];
      Figure: ComponentType<CompareFigureProps>;
    }
  | { id: string; section: Section };

function TokenViewFigure({ run, selection, select }: CompareFigureProps) {
  const tokens = run.result.sourceTokens;
  const view = encoderView(run.trace, selection, tokens.length);
  if (!view) return <Missing />;
  return (
    <TokenView
      mode="one"
      tokens={tokens}
      weights={view.weights}
      layer={view.layer}
      layerCount={view.layers}
      head={view.head}
      query={view.query}
      onSelect={select}
    />
  );
}

function AlignmentHeatmap({ run, config, selection, select }: CompareFigureProps) {
  const { result, trace } = run;
  const steps = result.steps.length;
  const layer = Math.min(selection.layer, config.decoderLayers - 1);
  const head = Math.min(selection.head, config.heads - 1);
  const weights = trace.get(traceName.dec(layer).cross('weights'));
  if (!weights || steps === 0) return <Missing />;
  return (
    <>
      <AlignmentFigure
        weights={weights}
        layer={layer}
        head={head}
        outputWords={result.outputTokens.slice(0, steps)}
        sourceWords={result.sourceTokens}
        step={Math.min(selection.step, steps - 1)}
        onPickStep={(step) => select({ step })}
      />
      <CompactAttribution run={run} position={Math.min(selection.step, steps - 1)} />
    </>
  );
}

function Missing() {
  const text = useText();
  return <p className="compare-muted">{text.compare.missing}</p>;
}

export const COMPARE_FIGURES: readonly CompareFigure[] = [
  { id: 'token-view', Figure: TokenViewFigure },
  { id: 'alignment', Figure: AlignmentHeatmap },
  ...RUN_SECTIONS.map((section) => ({ id: section.id, section })),
];

/** The figure's name in the reader's language, as the figure menu lists it. */
export function compareFigureLabel(text: Catalogue, figure: CompareFigure): string {
  return 'section' in figure
    ? text.compare.wholeSection(sectionTitle(text, figure.section.id))
    : text.compare.figures[figure.id];
}

export function compareFigure(id: string): CompareFigure {
  return COMPARE_FIGURES.find((f) => f.id === id) ?? COMPARE_FIGURES[0];
}
