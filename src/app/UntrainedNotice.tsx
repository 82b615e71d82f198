import { useText } from '../i18n';
import { selectModelIsUntrained, useStore } from '../store';

/** Says plainly when the weights on screen are seeded random numbers. */
export function UntrainedNotice() {
  const untrained = useStore(selectModelIsUntrained);
  const shippedNone = useStore((s) => s.models.every((m) => !m.trained));
  const text = useText().app;
  if (!untrained) return null;
  return (
    <p className="notice warn" role="note" data-testid="untrained-notice">
      <strong>{text.untrainedTitle}</strong>
      {text.untrainedBody}
      {shippedNone ? text.untrainedNoneShips : text.untrainedPickTrained}
    </p>
  );
}
