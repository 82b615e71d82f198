import { useText } from '../i18n';
import { selectShownResult, useStore } from '../store';
import { describeAblation } from '../views/attention/headSwitches';
import './ablation.css';

/**
 * Beside the translation: which heads the run on screen was computed without, since the
 * translation and every figure then show the model without them.
 */
export function AblatedHeadsNote() {
  const ablation = useStore((s) => selectShownResult(s)?.ablatedHeads ?? null);
  const restoreHeads = useStore((s) => s.restoreHeads);
  const words = useText();
  const text = ablation ? describeAblation(ablation, words.attention) : null;
  if (!text) return null;
  return (
    <p className="ablation-note" role="note" data-testid="ablated-heads">
      {text}{' '}
      <button type="button" onClick={restoreHeads}>
        {words.app.headsBackOn}
      </button>
    </p>
  );
}
