/** Says plainly which matrices are drawn by shape only, when the page holds no weights. */
import { Formula } from '../../components';
import { useText } from '../../i18n';
import './matrices.css';

/** `names`: the weights in TeX, "W^Q, W^K, W^V". */
export function WeightsNote({ shown, names }: { shown: boolean; names: string }) {
  const text = useText().matrices;
  if (shown) return null;
  return (
    <p className="mx-weights-note" role="note">
      {text.weightsNote(<Formula tex={names} />)}
    </p>
  );
}
