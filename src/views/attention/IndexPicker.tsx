/**
 * A row of numbered buttons to pick one of `count` things (a layer, a head), shown 1-based as a
 * reader counts, held 0-based as the trace names them. An optional colour marks each choice.
 */
import { useText } from '../../i18n';
import './attention.css';

export interface IndexPickerProps {
  /** What is picked: "Layer", "Head". */
  label: string;
  count: number;
  value: number;
  onChange(index: number): void;
  colorOf?(index: number): string;
}

export function IndexPicker({ label, count, value, onChange, colorOf }: IndexPickerProps) {
  const text = useText().attention;
  return (
    <div className="attn-picker" role="group" aria-label={label}>
      <span className="attn-picker-label">{label}</span>
      {Array.from({ length: count }, (_, index) => (
        <button
          key={index}
          type="button"
          className="attn-picker-choice"
          aria-pressed={index === value}
          aria-label={text.numbered(label, index + 1)}
          onClick={() => onChange(index)}
        >
          {colorOf && (
            <span className="attn-swatch" style={{ background: colorOf(index) }} aria-hidden />
          )}
          {index + 1}
        </button>
      ))}
    </div>
  );
}
