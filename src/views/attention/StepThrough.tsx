/**
 * Figures 10 to 13 of the post: self-attention for one word, one step at a time, with this
 * model's real numbers. Back / Next or the ← / → keys move through the six steps.
 */
import { useState, type KeyboardEvent } from 'react';
import { useInnerSteps } from '../../app/presentation/innerSteps';
import { useText } from '../../i18n';
import type { Selection } from '../../store';
import { STEP_COUNT, type AttentionStepData } from './attentionSteps';
import { IndexPicker } from './IndexPicker';
import { QkvStep } from './QkvStep';
import { ScoreTable } from './ScoreTable';
import { StepNav } from './StepNav';
import { postNumbers, stepExplanation } from './stepText';
import { SumStep } from './SumStep';
import { WordChooser } from './WordChooser';
import './attention.css';

export interface StepThroughProps {
  data: AttentionStepData;
  tokens: readonly string[];
  layerCount: number;
  headCount: number;
  onSelect(change: Partial<Selection>): void;
  /** The step to open on (0-based); the reader moves from there. */
  initialStep?: number;
}

export function StepThrough(props: StepThroughProps) {
  const { data, tokens, layerCount, headCount, onSelect } = props;
  const [step, setStep] = useState(props.initialStep ?? 0);
  const text = useText().attention;
  const word = tokens[data.query];
  const go = (next: number) => setStep(Math.min(Math.max(next, 0), STEP_COUNT - 1));
  const presented = useInnerSteps({
    name: 'self-attention steps',
    step,
    count: STEP_COUNT,
    goTo: go,
  });
  const onKeyDown = (event: KeyboardEvent) => {
    // Cells of a vector take the arrow keys for themselves while they have focus.
    if (event.defaultPrevented) return;
    // At the first or last step the key is left to the page (a presentation moves on).
    if (event.key === 'ArrowRight' && step < STEP_COUNT - 1) go(step + 1);
    else if (event.key === 'ArrowLeft' && step > 0) go(step - 1);
    else return;
    event.preventDefault();
  };
  const post = postNumbers(step, text);
  return (
    <figure
      className="attn-figure attn-steps"
      tabIndex={0}
      aria-label={text.stepsLabel(word)}
      onKeyDown={onKeyDown}
    >
      <div className="attn-controls">
        <IndexPicker
          label={text.layer}
          count={layerCount}
          value={data.layer}
          onChange={(l) => onSelect({ layer: l })}
        />
        <IndexPicker
          label={text.head}
          count={headCount}
          value={data.head}
          onChange={(h) => onSelect({ head: h })}
        />
        <WordChooser
          tokens={tokens}
          chosen={data.query}
          onChoose={(q) => onSelect({ queryToken: q })}
        />
      </div>
      <StepNav step={step} onStep={go} asCaption={presented} />
      {step > 0 && <p>{stepExplanation(step, data, tokens, text)}</p>}
      {post && <p className="attn-post-numbers">{post}</p>}
      {step === 0 ? (
        <QkvStep data={data} word={word} />
      ) : (
        <>
          <ScoreTable data={data} tokens={tokens} step={step} />
          {step === STEP_COUNT - 1 && <SumStep data={data} word={word} />}
        </>
      )}
    </figure>
  );
}
