/**
 * A row of mutually exclusive choices (a radio group drawn as joined buttons): Tab reaches the
 * chosen one, the arrow keys move the choice, as screen readers expect of a radio group.
 */
import { useRef, type KeyboardEvent } from 'react';
import './training-lab.css';

export interface SegmentedProps<T extends string> {
  label: string;
  options: readonly T[];
  value: T;
  names: Record<T, string>;
  onChange: (value: T) => void;
  disabled?: boolean;
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function Segmented<T extends string>(props: SegmentedProps<T>) {
  const { options, value } = props;
  const group = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEPS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = options[(options.indexOf(value) + step + options.length) % options.length];
    props.onChange(next);
    group.current?.querySelector<HTMLButtonElement>(`[data-value="${next}"]`)?.focus();
  };
  return (
    <div
      ref={group}
      role="radiogroup"
      aria-label={props.label}
      className="lab-segmented"
      onKeyDown={onKeyDown}
    >
      {options.map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          data-value={option}
          aria-checked={option === value}
          tabIndex={option === value ? 0 : -1}
          disabled={props.disabled}
          onClick={() => props.onChange(option)}
        >
          {props.names[option]}
        </button>
      ))}
    </div>
  );
}
