/** Choosing which decoder layer and which head a figure shows, or the average of the heads. */
import type { HeadChoice } from './alignment';
import { useText } from '../../i18n';
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
  const text = useText().decoding;
  return (
    <div className="decoding-picker">
      <label>
        {text.layerPicker}{' '}
        <select
          aria-label={text.layerPickerLabel(name)}
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
        {text.headPicker}{' '}
        <select
          aria-label={text.headPickerLabel(name)}
          value={String(head)}
          onChange={(event) => {
            const value = event.target.value;
            props.onHead(value === 'average' ? 'average' : Number(value));
          }}
        >
          {props.withAverage && <option value="average">{text.averageOfHeads(heads)}</option>}
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
