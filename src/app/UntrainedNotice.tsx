import { selectModelIsUntrained, useStore } from '../store';

/** Says plainly when the weights on screen are seeded random numbers. */
export function UntrainedNotice() {
  const untrained = useStore(selectModelIsUntrained);
  const shippedNone = useStore((s) => s.models.every((m) => !m.trained));
  if (!untrained) return null;
  return (
    <p className="notice warn" role="note" data-testid="untrained-notice">
      <strong>This model is untrained.</strong> Its weights are seeded random numbers, so its
      translation is nonsense; every number is still the real output of the engine on your sentence.
      {shippedNone
        ? ' No trained model ships with the page yet.'
        : ' Pick the trained model to compare it with what training changed.'}
    </p>
  );
}
