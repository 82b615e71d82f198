import { useShallow } from 'zustand/react/shallow';
import { selectTranslation, useStore } from '../store';

/** The post's first figure: the model as a black box, the sentence in, its translation out. */
export function HighLevelLook() {
  const sentence = useStore((s) => s.lastGood?.result.sentence ?? '');
  const translation = useStore(useShallow(selectTranslation));
  return (
    <div className="black-box">
      <div className="words" data-testid="source">
        {sentence}
      </div>
      <div className="box" aria-hidden="true">
        THE TRANSFORMER
      </div>
      <div
        className={`words translation ${translation.state}`}
        data-testid="translation"
        data-state={translation.state}
        aria-live="polite"
      >
        {translation.text}
      </div>
    </div>
  );
}
