/**
 * "Which words decided this word?": pick an output word, and see side by side what raw
 * attention, rollout, value-weighted attention, gradient × input and switching heads off say
 * about it, with how far they agree. Every number comes from the worker, for this translation.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectAttributionTarget, selectModelIsUntrained, useStore } from '../../store';
import { useText } from '../../i18n';
import { useFigureStore } from '../figureStore';
import { AgreementTable } from './AgreementTable';
import { AlignmentScoreboard } from './AlignmentScoreboard';
import { HeadEffectBars } from './HeadEffectBars';
import { HeadPicker } from './HeadPicker';
import { goldAlignmentOf, headLabel, sourceRows, type HeadChoice } from './layout';
import { MethodBars } from './MethodBars';
import { MethodNotes } from './MethodNotes';
import './attribution.css';
import { DecisionFigure } from './DecisionFigure';

function useAttributionView() {
  return useFigureStore(
    useShallow((state) => ({
      result: state.lastGood?.result ?? null,
      languages: state.modelInfo?.languages ?? null,
      decoderLayers: state.modelInfo?.config.decoderLayers ?? 0,
      heads: state.modelInfo?.config.heads ?? 0,
      // Primitives only: the target is a new object at every call.
      position: selectAttributionTarget(state)?.position ?? null,
      runId: state.lastGood?.id ?? 0,
      attribution: state.attribution,
      untrained: selectModelIsUntrained(state),
    })),
  );
}

export function WhichWordsSection() {
  const view = useAttributionView();
  const pick = useStore((state) => state.pickAttributionWord);
  const text = useText().attribution;
  const [choice, setChoice] = useState<HeadChoice | null>(null);
  const { result, position, runId, attribution, languages } = view;
  if (!result || position === null || !languages) {
    return <p className="attr-muted">{text.waiting}</p>;
  }
  const headChoice = choice ?? { layer: Math.max(view.decoderLayers - 1, 0), head: 'mean' };
  const current = attribution.runId === runId && attribution.position === position;
  const methods = current ? attribution.methods : {};
  const rows = sourceRows(methods, headChoice, text.methods);
  const word = result.outputTokens[position] ?? '';
  const gold = goldAlignmentOf(result.sourceTokens, result.outputTokens, languages);
  const goldSources = gold?.filter(([, t]) => t === position).map(([s]) => s) ?? null;
  const ablation = methods.ablation?.method === 'ablation' ? methods.ablation.ablation : null;
  return (
    <>
      <p>{text.intro}</p>
      <div className="attr-picker" role="group" aria-label={text.wordPicker}>
        <span className="attr-picker-label">{text.wordPickerLabel}</span>
        {result.outputTokens.map((token, t) => (
          <button
            type="button"
            key={t}
            className="attr-choice"
            aria-pressed={t === position}
            onClick={() => pick(t)}
          >
            {token}
          </button>
        ))}
      </div>
      <HeadPicker
        layers={view.decoderLayers}
        heads={view.heads}
        value={headChoice}
        onChange={setChoice}
      />
      <p
        className="attr-status"
        role="status"
        data-status={current ? attribution.status : 'running'}
      >
        {current && attribution.status === 'done'
          ? text.computed(attribution.computeMs ?? 0)
          : current && attribution.status === 'failed'
            ? (attribution.error?.message ?? text.failed)
            : text.computing}
      </p>
      {rows.length > 0 && (
        <MethodBars
          rows={rows}
          heads={headLabel(headChoice, text)}
          sourceTokens={result.sourceTokens}
          word={word}
          gold={goldSources}
        />
      )}
      {rows.length > 1 && <AgreementTable rows={rows} gold={gold} position={position} />}
      {ablation && <HeadEffectBars effects={ablation} word={word} />}
      {view.untrained && (
        <p className="attr-caveat" role="note">
          {text.untrained}
        </p>
      )}
      <AlignmentScoreboard />
      <MethodNotes />
      <DecisionFigure />
    </>
  );
}
