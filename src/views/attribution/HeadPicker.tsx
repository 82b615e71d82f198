/** Which encoder-decoder attention the raw and value-weighted rows show: a layer, and a head or all. */
import { useText } from '../../i18n';
import type { HeadChoice } from './layout';

export interface HeadPickerProps {
  layers: number;
  heads: number;
  value: HeadChoice;
  onChange(choice: HeadChoice): void;
}

export function HeadPicker({ layers, heads, value, onChange }: HeadPickerProps) {
  const text = useText().attribution;
  const headOptions: HeadChoice['head'][] = ['mean', ...Array.from({ length: heads }, (_, h) => h)];
  return (
    <div className="attr-picker" role="group" aria-label={text.headPicker}>
      <span className="attr-picker-label">{text.layerPicker}</span>
      {Array.from({ length: layers }, (_, l) => (
        <button
          type="button"
          key={l}
          className="attr-choice"
          aria-pressed={l === value.layer}
          onClick={() => onChange({ ...value, layer: l })}
        >
          {l + 1}
        </button>
      ))}
      <span className="attr-picker-label">{text.headPickerLabel}</span>
      {headOptions.map((head) => (
        <button
          type="button"
          key={head}
          className="attr-choice"
          aria-pressed={head === value.head}
          onClick={() => onChange({ ...value, head })}
        >
          {head === 'mean' ? text.allHeads : head + 1}
        </button>
      ))}
    </div>
  );
}
