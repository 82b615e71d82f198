import { useEffect } from 'react';
import { useText } from '../i18n';
import { useStore } from '../store';
import { asTextSize, NORMAL_TEXT_SIZE, TEXT_SIZES } from '../store/uiSlice';

/** The CSS variable app.css zooms the page by: the reader's text size as a factor (1.5 for 150%). */
export const TEXT_SIZE_VARIABLE = '--text-size';

/**
 * Keeps the page drawn at the reader's text size, chosen with TextSizeControl or given by a link:
 * app.css zooms the prose and every figure together by it, on top of a projector's own zoom.
 */
export function useTextSize(): void {
  const size = useStore((s) => s.textSize);
  useEffect(() => {
    document.documentElement.style.setProperty(TEXT_SIZE_VARIABLE, String(size / 100));
  }, [size]);
}

/** The reader's text size, kept in the link: a teacher can share a page sized for the room. */
export function TextSizeControl() {
  const size = useStore((s) => s.textSize);
  const setTextSize = useStore((s) => s.setTextSize);
  const text = useText();
  return (
    <label className="control text-size">
      <span>{text.app.textSize}</span>
      <select
        value={size}
        onChange={(event) =>
          setTextSize(asTextSize(Number(event.target.value)) ?? NORMAL_TEXT_SIZE)
        }
      >
        {TEXT_SIZES.map((choice) => (
          <option key={choice} value={choice}>
            {text.app.textSizeChoice(choice, choice === NORMAL_TEXT_SIZE)}
          </option>
        ))}
      </select>
    </label>
  );
}
