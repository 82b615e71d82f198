/** Back / Next through the six steps, with the current step's number and title. */
import { STEP_COUNT, STEP_TITLES } from './attentionSteps';
import './attention.css';

export interface StepNavProps {
  step: number;
  onStep(step: number): void;
  /** In a presentation, whose counter is the only "Step x of y": the position reads as a caption. */
  asCaption?: boolean;
}

export function StepNav({ step, onStep, asCaption = false }: StepNavProps) {
  return (
    <div className="attn-step-nav">
      <button type="button" disabled={step === 0} onClick={() => onStep(step - 1)}>
        ← Back
      </button>
      <span className="attn-step-title" aria-live="polite">
        {asCaption ? `Part ${step + 1} of ${STEP_COUNT}` : `Step ${step + 1} of ${STEP_COUNT}`}:{' '}
        {STEP_TITLES[step]}
      </span>
      <button type="button" disabled={step === STEP_COUNT - 1} onClick={() => onStep(step + 1)}>
        Next →
      </button>
    </div>
  );
}
