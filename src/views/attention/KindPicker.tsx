/** Which kind of attention the heatmaps show: the encoder's, or the decoder's two kinds. */
import { KIND_LABELS, type AttentionKind } from './attentionKinds';
import './attention.css';

export interface KindPickerProps {
  kinds: readonly AttentionKind[];
  value: AttentionKind;
  onChange(kind: AttentionKind): void;
}

export function KindPicker({ kinds, value, onChange }: KindPickerProps) {
  return (
    <div className="attn-picker" role="group" aria-label="Kind of attention">
      {kinds.map((kind) => (
        <button
          key={kind}
          type="button"
          className="attn-picker-choice"
          aria-pressed={kind === value}
          onClick={() => onChange(kind)}
        >
          {KIND_LABELS[kind]}
        </button>
      ))}
    </div>
  );
}
