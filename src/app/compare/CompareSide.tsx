import type { ReactNode } from 'react';
import type { ModelConfig } from '../../engine';
import { useText } from '../../i18n';
import type { Selection } from '../../store';
import type { CompletedRun } from '../../worker/runTypes';
import { SectionStoreContext, type ReadableStore } from '../../views/figureStore';
import { SectionBoundary } from '../SectionBoundary';
import type { CompareFigure } from './figures';

export interface CompareSideProps {
  /** The store the side's sections read: the page's, or the second sentence's. */
  store: ReadableStore;
  /** "Sentence 1" or "Sentence 2". */
  title: string;
  run: CompletedRun | null;
  config: ModelConfig | null;
  figure: CompareFigure;
  selection: Selection;
  select: (change: Partial<Selection>) => void;
  width: number;
  /** Said in place of the figure while there is no run to draw. */
  waiting: ReactNode;
}

/** One sentence of the two: what it was, its translation, and the figure drawn from its run. */
export function CompareSide(props: CompareSideProps) {
  const { title, run, config, figure, selection, select, width } = props;
  const text = useText().compare;
  return (
    <div className="compare-side" data-testid="compare-side" data-sentence={run?.result.sentence}>
      <h3>{title}</h3>
      {run && config ? (
        <>
          <p className="compare-sentence" dir="auto">
            {run.result.sentence}
          </p>
          <p className="compare-translation" dir="auto">
            → {run.result.translation}
          </p>
          {run.result.unknownWords && (
            <p className="compare-muted">
              {text.unknownWords(run.result.unknownWords.words.map((w) => w.word))}
            </p>
          )}
          {'section' in figure ? (
            <SectionStoreContext.Provider value={props.store}>
              <SectionBoundary title={figure.section.title} runId={run.id}>
                <figure.section.Component />
              </SectionBoundary>
            </SectionStoreContext.Provider>
          ) : (
            <figure.Figure
              run={run}
              config={config}
              selection={selection}
              select={select}
              width={width}
            />
          )}
        </>
      ) : (
        props.waiting
      )}
    </div>
  );
}
