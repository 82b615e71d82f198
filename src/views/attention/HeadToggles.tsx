/** A switch per head, each in its head's colour: which heads the overlaid token view draws. */
import { useText } from '../../i18n';
import './attention.css';

export interface HeadTogglesProps {
  count: number;
  hidden: ReadonlySet<number>;
  onToggle(head: number): void;
  colorOf(head: number): string;
}

export function HeadToggles({ count, hidden, onToggle, colorOf }: HeadTogglesProps) {
  const text = useText().attention;
  return (
    <div className="attn-picker" role="group" aria-label={text.headsShown}>
      <span className="attn-picker-label">{text.headsShown}</span>
      {Array.from({ length: count }, (_, head) => (
        <button
          key={head}
          type="button"
          className="attn-picker-choice"
          aria-pressed={!hidden.has(head)}
          aria-label={text.numbered(text.head, head + 1)}
          onClick={() => onToggle(head)}
        >
          <span className="attn-swatch" style={{ background: colorOf(head) }} aria-hidden />
          {head + 1}
        </button>
      ))}
    </div>
  );
}
