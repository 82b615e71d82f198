/**
 * Two sentences side by side, drawn with the same figure and the same layer, head, word and step:
 * the post's "tired" and "wide", or any pair the reader types. The second sentence runs in an
 * engine of its own, started when the view opens and stopped when it closes.
 */
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useText } from '../../i18n';
import { errorText } from '../../i18n/errorText';
import { useStore, type Selection } from '../../store';
import { choiceInItFigure, itFigureSelection } from '../../store/itFigureSelection';
import { modelsUrl } from '../useEngine';
import { useLinkedControl } from '../url/LinkedControls';
import { connectCompare } from './compareConnection';
import { secondSentenceStore } from './secondSentenceStore';
import { compareFigure, compareFigureLabel, COMPARE_FIGURES } from './figures';
import { CompareSide } from './CompareSide';
import { WeightsSideBySide } from './WeightsSideBySide';
import './compare.css';

/** Width of one side's figure, in pixels. */
const SIDE_WIDTH = 620;

export function CompareView() {
  useEffect(() => connectCompare({ modelsUrl: modelsUrl() }), []);
  const [secondStore] = useState(() => secondSentenceStore(useStore));
  const page = useStore(
    useShallow((s) => ({
      first: s.lastGood,
      config: s.modelInfo?.config ?? null,
      selection: s.selection,
      select: s.select,
      secondSentence: s.compareSentence,
      setSecondSentence: s.setCompareSentence,
      figureId: s.compareFigure,
      setFigure: s.setCompareFigure,
      second: s.compareRun,
      showPage: s.showPage,
    })),
  );
  // The lines of the post's "it" figure open on the model's "it" head, as on the page.
  const itFigure = useStore(useShallow(itFigureSelection));
  const sentenceBox = useLinkedControl('compare');
  const catalogue = useText();
  const text = catalogue.compare;
  const figure = compareFigure(page.figureId);
  const selection =
    figure.id === 'token-view' ? { ...page.selection, ...itFigure } : page.selection;
  const select = (change: Partial<Selection>) => page.select(choiceInItFigure(selection, change));
  const secondRun = page.second.completed;
  const secondWaiting =
    page.second.status === 'failed' && page.second.error ? (
      <p className="notice error" role="alert" data-testid="compare-error">
        {errorText(page.second.error, catalogue.errors)}
      </p>
    ) : (
      <p className="compare-muted">{text.secondWaiting}</p>
    );

  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare">
      <div className="compare-head">
        <h2 id="compare-title">{text.title}</h2>
        <button type="button" className="quiet" onClick={page.showPage}>
          {text.back}
        </button>
      </div>
      <p>{text.intro}</p>
      <div className="compare-controls">
        {sentenceBox !== 'hidden' && (
          <label className="compare-second">
            <span>{text.secondSentence}</span>
            <input
              type="text"
              value={page.secondSentence}
              readOnly={sentenceBox === 'locked'}
              onChange={(event) => page.setSecondSentence(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              dir="auto"
            />
          </label>
        )}
        <label>
          <span>{text.figure}</span>{' '}
          <select value={figure.id} onChange={(event) => page.setFigure(event.target.value)}>
            {COMPARE_FIGURES.map((f) => (
              <option key={f.id} value={f.id}>
                {compareFigureLabel(catalogue, f)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="compare-sides">
        <CompareSide
          title={text.firstSide}
          store={useStore}
          run={page.first}
          config={page.config}
          figure={figure}
          selection={selection}
          select={select}
          width={SIDE_WIDTH}
          waiting={<p className="compare-muted">{text.firstWaiting}</p>}
        />
        <CompareSide
          title={text.secondSide}
          store={secondStore}
          run={secondRun}
          config={page.config}
          figure={figure}
          selection={selection}
          select={select}
          width={SIDE_WIDTH}
          waiting={secondWaiting}
        />
      </div>
      {figure.id === 'token-view' && page.first && secondRun && (
        <WeightsSideBySide
          first={page.first}
          second={secondRun}
          selection={selection}
          select={select}
        />
      )}
      {page.second.status === 'failed' && secondRun && page.second.error && (
        <p className="notice warn" role="status">
          {text.secondFailed(errorText(page.second.error, catalogue.errors))}
        </p>
      )}
    </section>
  );
}
