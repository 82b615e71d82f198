/**
 * The player of the decoding animation: first / back / play-pause / next / last, and the same
 * from the keyboard (← → Home End, Space or K) while the player has focus.
 */
import type { KeyboardEvent } from 'react';
import { useInnerSteps } from '../../app/presentation/innerSteps';
import { keyAction } from './playback';
import type { Playback } from './usePlayback';
import { useText } from '../../i18n';
import './decoding.css';

export interface DecodingControlsProps {
  step: number;
  stepCount: number;
  /** The word emitted at the shown step. */
  emitted: string;
  playback: Playback;
  goTo: (step: number) => void;
}

export function DecodingControls({
  step,
  stepCount,
  emitted,
  playback,
  goTo,
}: DecodingControlsProps) {
  const text = useText().decoding;
  const last = Math.max(stepCount - 1, 0);
  const move = (target: number) => {
    playback.pause();
    goTo(target);
  };
  const presented = useInnerSteps({ name: 'decoding steps', step, count: stepCount, goTo: move });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = keyAction(event.key, step, stepCount);
    // A key that goes nowhere (→ at the last step) is left to the page: a presentation moves on.
    if (action.kind === 'none' || (action.kind === 'goTo' && action.step === step)) return;
    event.preventDefault();
    if (action.kind === 'togglePlay') playback.togglePlay();
    else move(action.step);
  };
  return (
    <div
      className="decoding-controls"
      role="group"
      aria-label={text.player}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        onClick={() => move(0)}
        disabled={step === 0}
        aria-label={text.firstLabel}
      >
        {text.first}
      </button>
      <button
        type="button"
        onClick={() => move(step - 1)}
        disabled={step === 0}
        aria-label={text.backLabel}
      >
        {text.back}
      </button>
      <button
        type="button"
        className="decoding-play"
        onClick={playback.togglePlay}
        disabled={stepCount < 2}
        aria-pressed={playback.playing}
      >
        {playback.playing ? text.pause : text.play}
      </button>
      <button
        type="button"
        onClick={() => move(step + 1)}
        disabled={step >= last}
        aria-label={text.nextLabel}
      >
        {text.next}
      </button>
      <button
        type="button"
        onClick={() => move(last)}
        disabled={step >= last}
        aria-label={text.lastLabel}
      >
        {text.last}
      </button>
      <span className="decoding-step-label" aria-live="polite" data-testid="decoding-step">
        {/* In a presentation, its counter is the only "Step x of y" on screen. */}
        {text.stepStatus(presented, step + 1, stepCount, emitted)}
      </span>
    </div>
  );
}
