/** Back / Next through the six steps, with the current step's number and title. */
import { useText } from '../../i18n';
import { STEP_COUNT } from './attentionSteps';
import './attention.css';

export interface StepNavProps {
  step: number;
  onStep(step: number): void;
  /** In a presentation, whose counter is the only "Step x of y": the position reads as a caption. */
  asCaption?: boolean;
}

export function StepNav({ step, onStep, asCaption = false }: StepNavProps) {
  const text = useText().attention;
  const position = asCaption
    ? text.partOf(step + 1, STEP_COUNT)
    : text.stepOf(step + 1, STEP_COUNT);
  return (
    <div className="attn-step-nav">
      <button type="button" disabled={step === 0} onClick={() => onStep(step - 1)}>
        {text.back}
      </button>
      <span className="attn-step-title" aria-live="polite">
        {text.stepHeading(position, text.stepTitles[step])}
      </span>
      <button type="button" disabled={step === STEP_COUNT - 1} onClick={() => onStep(step + 1)}>
        {text.next}
      </button>
    </div>
  );
}
