/** Says plainly which matrices are drawn by shape only, when the page holds no weights. */
import { Formula } from '../../components';
import './matrices.css';

/** `names`: the weights in TeX, "W^Q, W^K, W^V". */
export function WeightsNote({ shown, names }: { shown: boolean; names: string }) {
  if (shown) return null;
  return (
    <p className="mx-weights-note" role="note">
      The weight matrices (<Formula tex={names} />) are learnt numbers that stay inside the engine
      and are not loaded by this page, so they appear as dashed boxes of their true size. Every
      other matrix here is the model’s own output for your sentence.
    </p>
  );
}
