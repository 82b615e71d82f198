import { selectError, useStore } from '../store';

/** Why the sentence in the box has no fresh translation; the last good one stays, greyed. */
export function RunMessage() {
  const error = useStore(selectError);
  if (!error) return null;
  const gentle = error.code === 'empty_input';
  return (
    <p
      className={gentle ? 'notice warn' : 'notice error'}
      role={gentle ? 'status' : 'alert'}
      data-testid="run-error"
      data-code={error.code}
    >
      {error.message}
    </p>
  );
}
