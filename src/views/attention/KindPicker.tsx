/** Which kind of attention the heatmaps show: the encoder's, or the decoder's two kinds. */
import { useText } from '../../i18n';
import type { AttentionKind } from './attentionKinds';
import './attention.css';

export interface KindPickerProps {
  kinds: readonly AttentionKind[];
  value: AttentionKind;
  onChange(kind: AttentionKind): void;
}

export function KindPicker({ kinds, value, onChange }: KindPickerProps) {
  const text = useText().attention;
  return (
    <div className="attn-picker" role="group" aria-label={text.kindPicker}>
      {kinds.map((kind) => (
        <button
          key={kind}
          type="button"
          className="attn-picker-choice"
          aria-pressed={kind === value}
          onClick={() => onChange(kind)}
        >
          {text.kinds[kind]}
        </button>
      ))}
    </div>
  );
}
