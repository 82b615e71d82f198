/**
 * A switch for each head of one attention sublayer: pressed means on. Switching a head off
 * reruns the model without its contribution; the reset switches every head back on.
 */
import { useText } from '../../i18n';
import './attention.css';

export interface HeadSwitchesProps {
  /** "Encoder self-attention, layer 2". */
  sublayer: string;
  heads: number;
  off: ReadonlySet<number>;
  /** How many heads are off in the whole model, this sublayer's and others'. */
  offInModel: number;
  onToggle(head: number): void;
  onReset(): void;
}

export function HeadSwitches(props: HeadSwitchesProps) {
  const { sublayer, heads, off, offInModel, onToggle, onReset } = props;
  const text = useText().attention;
  return (
    <div className="attn-switches" role="group" aria-label={text.headsOf(sublayer)}>
      <span className="attn-picker-label">{text.headsOn}</span>
      {Array.from({ length: heads }, (_, head) => (
        <button
          key={head}
          type="button"
          className="attn-picker-choice attn-switch"
          aria-pressed={!off.has(head)}
          aria-label={text.headOf(head + 1, sublayer)}
          data-head={head}
          onClick={() => onToggle(head)}
        >
          {head + 1}
        </button>
      ))}
      <button
        type="button"
        className="attn-switch-reset"
        disabled={offInModel === 0}
        onClick={onReset}
      >
        {text.switchAllOn}
      </button>
    </div>
  );
}
