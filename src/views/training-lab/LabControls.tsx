/**
 * Start, pause, resume, stop and reset, with the run's status said in words (and to screen
 * readers as it changes). Only the buttons that make sense in the run's status are enabled.
 */
import type { SettingsProblem } from '../../training/settingsProblem';
import { useText, type Catalogue } from '../../i18n';
import type { LabStatus } from '../../store/trainingSlice';
import './training-lab.css';

export interface LabControlsProps {
  status: LabStatus;
  step: number;
  totalSteps: number | null;
  /** Why the settings cannot be trained, if they cannot. */
  settingsProblem: SettingsProblem | undefined;
  onStart: () => void;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
  onReset: () => void;
}

/** The run's status as a sentence. */
function describeStatus(
  text: Catalogue['trainingLab'],
  status: LabStatus,
  step: number,
  totalSteps: number | null,
): string {
  const of = totalSteps === null ? null : text.count(totalSteps);
  const at = text.count(step);
  switch (status) {
    case 'idle':
      return text.idle;
    case 'preparing':
      return text.preparing;
    case 'running':
      return text.trainingAt(at, of);
    case 'paused':
      return text.paused(at, of);
    case 'stopped':
      return text.stopped(at);
    case 'finished':
      return text.finished(at);
    case 'failed':
      return text.failed;
  }
}

export function LabControls(props: LabControlsProps) {
  const { status } = props;
  const underWay = status === 'running' || status === 'paused' || status === 'preparing';
  const text = useText().trainingLab;
  const sentence = describeStatus(text, status, props.step, props.totalSteps);
  return (
    <div className="lab-controls">
      <div className="lab-buttons">
        <button
          type="button"
          className="lab-primary"
          disabled={underWay || props.settingsProblem !== undefined}
          onClick={props.onStart}
        >
          {status === 'idle' ? text.start : text.startAgain}
        </button>
        <button type="button" disabled={status !== 'running'} onClick={props.onPause}>
          {text.pause}
        </button>
        <button type="button" disabled={status !== 'paused'} onClick={props.onResume}>
          {text.resume}
        </button>
        <button
          type="button"
          disabled={status !== 'running' && status !== 'paused'}
          onClick={props.onStop}
        >
          {text.stop}
        </button>
        <button type="button" disabled={status === 'idle'} onClick={props.onReset}>
          {text.reset}
        </button>
      </div>
      <p className="lab-status" data-status={status} data-step={props.step}>
        {/* Said to screen readers when the status changes, not at every step. */}
        <span role="status">{status === 'running' ? text.running : sentence}</span>
        {status === 'running' && (
          <span>
            {' '}
            {text.at(
              text.count(props.step),
              props.totalSteps === null ? null : text.count(props.totalSteps),
            )}
          </span>
        )}
      </p>
      {props.settingsProblem && !underWay && (
        <p className="lab-problem" role="alert">
          {text.cannotTrain(text.settingsProblem(props.settingsProblem))}
        </p>
      )}
    </div>
  );
}
