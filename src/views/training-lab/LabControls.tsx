/**
 * Start, pause, resume, stop and reset, with the run's status said in words (and to screen
 * readers as it changes). Only the buttons that make sense in the run's status are enabled.
 */
import type { LabStatus } from '../../store/trainingSlice';
import './training-lab.css';

export interface LabControlsProps {
  status: LabStatus;
  step: number;
  totalSteps: number | null;
  /** Why the settings cannot be trained, if they cannot. */
  settingsProblem: string | undefined;
  onStart: () => void;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
  onReset: () => void;
}

/** The run's status as a sentence. */
export function describeStatus(status: LabStatus, step: number, totalSteps: number | null): string {
  const of = totalSteps === null ? '' : ` of ${totalSteps.toLocaleString('en-US')}`;
  const at = step.toLocaleString('en-US');
  switch (status) {
    case 'idle':
      return 'Not started: choose a task and press Start.';
    case 'preparing':
      return 'Preparing the examples and the model…';
    case 'running':
      return `Training: step ${at}${of}.`;
    case 'paused':
      return `Paused at step ${at}${of}.`;
    case 'stopped':
      return `Stopped at step ${at}. The model keeps what it learnt: open it or save it below.`;
    case 'finished':
      return `Finished: ${at} steps. Open the model in every view or save it below.`;
    case 'failed':
      return 'Training could not go on.';
  }
}

export function LabControls(props: LabControlsProps) {
  const { status } = props;
  const underWay = status === 'running' || status === 'paused' || status === 'preparing';
  const sentence = describeStatus(status, props.step, props.totalSteps);
  return (
    <div className="lab-controls">
      <div className="lab-buttons">
        <button
          type="button"
          className="lab-primary"
          disabled={underWay || props.settingsProblem !== undefined}
          onClick={props.onStart}
        >
          {status === 'idle' ? 'Start' : 'Start again'}
        </button>
        <button type="button" disabled={status !== 'running'} onClick={props.onPause}>
          Pause
        </button>
        <button type="button" disabled={status !== 'paused'} onClick={props.onResume}>
          Resume
        </button>
        <button
          type="button"
          disabled={status !== 'running' && status !== 'paused'}
          onClick={props.onStop}
        >
          Stop
        </button>
        <button type="button" disabled={status === 'idle'} onClick={props.onReset}>
          Reset
        </button>
      </div>
      <p className="lab-status" data-status={status} data-step={props.step}>
        {/* Said to screen readers when the status changes, not at every step. */}
        <span role="status">{status === 'running' ? 'Training.' : sentence}</span>
        {status === 'running' && <span> {sentence.replace(/^Training: /, 'At ')}</span>}
      </p>
      {props.settingsProblem && !underWay && (
        <p className="lab-problem" role="alert">
          These settings cannot be trained: {props.settingsProblem}.
        </p>
      )}
    </div>
  );
}
