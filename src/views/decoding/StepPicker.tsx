/** Picking a decoding step by the word it emitted: one toggle button per output word. */
import { useText } from '../../i18n';
import './decoding.css';

export interface StepPickerProps {
  /** The word emitted at each step. */
  words: readonly string[];
  step: number;
  onStep: (step: number) => void;
  label: string;
}

export function StepPicker({ words, step, onStep, label }: StepPickerProps) {
  const text = useText().decoding;
  return (
    <div className="decoding-step-picker" role="group" aria-label={label}>
      <span>{text.pickerLabel(label)}</span>
      {words.map((word, i) => (
        <button
          key={i}
          type="button"
          aria-pressed={i === step}
          aria-label={text.stepButton(i + 1, word)}
          onClick={() => onStep(i)}
        >
          <span className="decoding-step-number">{i + 1}</span> {word}
        </button>
      ))}
    </div>
  );
}
