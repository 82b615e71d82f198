import { useStore } from '../../store';
import { useText } from '../../i18n';
import { enterFullscreen } from './fullscreen';

/** Starts the presentation at the section in view, full screen where the browser allows. */
export function PresentButton() {
  const present = useStore((s) => s.present);
  const text = useText().present;
  return (
    <button
      type="button"
      onClick={() => {
        enterFullscreen();
        present();
      }}
    >
      {text.start}
    </button>
  );
}
