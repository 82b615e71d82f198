/** Choosing which decoder layer and which head a figure shows, or the average of the heads. */
import type { HeadChoice } from './alignment';
import './decoding.css';

export interface LayerHeadPickerProps {
  layers: number;
  heads: number;
  layer: number;
  head: HeadChoice;
  onLayer: (layer: number) => void;
  onHead: (head: HeadChoice) => void;
  /** Offers "average of all heads" among the heads. */
  withAverage?: boolean;
  /** Tells the labels apart when a section has several pickers. */
  name: string;
}

export function LayerHeadPicker(props: LayerHeadPickerProps) {
  const { layers, heads, layer, head, name } = props;
  return (
    <div className="decoding-picker">
      <label>
        Decoder layer{' '}
        <select
          aria-label={`${name}: decoder layer`}
          value={layer}
          onChange={(event) => props.onLayer(Number(event.target.value))}
        >
          {Array.from({ length: layers }, (_, l) => (
            <option key={l} value={l}>
              {l + 1}
            </option>
          ))}
        </select>
      </label>
      <label>
        Head{' '}
        <select
          aria-label={`${name}: head`}
          value={String(head)}
          onChange={(event) => {
            const value = event.target.value;
            props.onHead(value === 'average' ? 'average' : Number(value));
          }}
        >
          {props.withAverage && <option value="average">average of all {heads}</option>}
          {Array.from({ length: heads }, (_, h) => (
            <option key={h} value={h}>
              {h + 1}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
