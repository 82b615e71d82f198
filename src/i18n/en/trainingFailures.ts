/** English for the training lab's failures: the page's, and the lab's English messages. */
import type { TrainingStop } from '../../worker/trainingProtocol';

const count = (n: number) => n.toLocaleString('en-US');

/** Why the worker was given up on, in a few words. */
function cause({ cause, detail }: TrainingStop): string {
  switch (cause) {
    case 'silent':
      return 'it stopped answering';
    case 'noPause':
      return 'it did not answer Pause';
    case 'noStop':
      return 'it did not answer Stop';
    case 'unreadable':
      return detail
        ? `a message from it could not be read: ${detail}`
        : 'a message from it could not be read';
    case 'ended':
      return detail || 'the worker ended unexpectedly';
  }
}

/** "Training stopped (it stopped answering) at step 120; …". */
export function trainingStopped(stop: TrainingStop): string {
  const stopped = `Training stopped (${cause(stop)}) at step ${count(stop.lostStep)}`;
  if (stop.restoredStep === null) {
    return `${stopped}; the model in training is lost. Start again to retrain it.`;
  }
  return (
    `${stopped}, so it was ended. The model is back at its last checkpoint, step ` +
    `${count(stop.restoredStep)}, ${stop.end === 'stopped' ? 'stopped.' : 'paused: Resume to train on.'}`
  );
}

/** A control (Pause, Stop, Save) with no run to act on. */
export const noRun = 'There is no model in training to do that with: start training first.';
/** A save asked for just before the lab was reset. */
export const labReset = 'The lab was reset.';
