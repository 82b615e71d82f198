import { useText } from '../i18n';
import { errorText } from '../i18n/errorText';
import { selectError, useStore } from '../store';
import type { EngineErrorCode } from '../worker/protocol';

/** Errors that trying again may cure: a file that failed to arrive or was fixed, a dead engine. */
const RETRYABLE: readonly EngineErrorCode[] = [
  'model_load_failed',
  'invalid_weights',
  'worker_crashed',
];

/** Why the sentence in the box has no fresh translation; the last good one stays, greyed. */
export function RunMessage() {
  const error = useStore(selectError);
  const retry = useStore((s) => s.retryModel);
  const text = useText();
  if (!error) return null;
  const gentle = error.code === 'empty_input';
  return (
    <div
      className={gentle ? 'notice warn' : 'notice error'}
      role={gentle ? 'status' : 'alert'}
      data-testid="run-error"
      data-code={error.code}
    >
      <p>{errorText(error, text.errors)}</p>
      {RETRYABLE.includes(error.code) && (
        <button type="button" onClick={retry}>
          {text.app.retry}
        </button>
      )}
    </div>
  );
}
