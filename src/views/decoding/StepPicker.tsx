/** Picking a decoding step by the word it emitted: one toggle button per output word. */
import './decoding.css';

export interface StepPickerProps {
  /** The word emitted at each step. */
  words: readonly string[];
  step: number;
  onStep: (step: number) => void;
  label: string;
}

export function StepPicker({ words, step, onStep, label }: StepPickerProps) {
  return (
    <div className="decoding-step-picker" role="group" aria-label={label}>
      <span>{label}:</span>
      {words.map((word, i) => (
        <button
          key={i}
          type="button"
          aria-pressed={i === step}
          aria-label={`Step ${i + 1}: ${word}`}
          onClick={() => onStep(i)}
        >
          <span className="decoding-step-number">{i + 1}</span> {word}
        </button>
      ))}
    </div>
  );
}
