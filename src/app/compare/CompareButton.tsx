import { useText } from '../../i18n';
import { useStore } from '../../store';

/** Opens the comparison of two sentences, the post's "tired" and "wide" first. */
export function CompareButton() {
  const openCompare = useStore((s) => s.openCompare);
  const comparing = useStore((s) => s.view === 'compare');
  const text = useText();
  if (comparing) return null;
  return (
    <button type="button" className="quiet" onClick={() => openCompare()}>
      {text.compare.open}
    </button>
  );
}
