/** The honest word beside an attention figure: with random weights, patterns are chance. */
import { useText } from '../../i18n';
import './attention.css';

export function Caveat({ untrained }: { untrained: boolean }) {
  const text = useText().attention;
  if (!untrained) return <p className="attn-muted">{text.caveatTrained}</p>;
  return (
    <p className="attn-caveat" role="note">
      {text.caveatUntrained}
    </p>
  );
}

/** Shown in place of a figure before the first run has finished. */
export function Waiting() {
  return <p className="attn-muted">{useText().attention.waiting}</p>;
}
