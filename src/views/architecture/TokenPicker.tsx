/** A row of token buttons: picks which position's vectors a figure shows. */
import { useText } from '../../i18n';
import './architecture.css';

export interface TokenPickerProps {
  tokens: readonly string[];
  selected: number;
  onSelect(position: number): void;
  /** Read aloud before the tokens: "Source token", "Decoder input". */
  label: string;
  /** Positions that cannot be picked (beyond what the figure has). */
  count?: number;
}

export function TokenPicker({
  tokens,
  selected,
  onSelect,
  label,
  count = tokens.length,
}: TokenPickerProps) {
  const text = useText().architecture;
  return (
    <div className="arch-tokens" role="group" aria-label={label}>
      {tokens.slice(0, count).map((token, position) => (
        <button
          key={position}
          type="button"
          className="arch-token"
          aria-pressed={position === selected}
          aria-label={text.tokenButton(label, position + 1, token)}
          onClick={() => onSelect(position)}
        >
          {token}
        </button>
      ))}
    </div>
  );
}
