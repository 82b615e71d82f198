import { useStore } from '../../store';
import { enterFullscreen } from './fullscreen';

/** Starts the presentation at the section in view, full screen where the browser allows. */
export function PresentButton() {
  const present = useStore((s) => s.present);
  return (
    <button
      type="button"
      onClick={() => {
        enterFullscreen();
        present();
      }}
    >
      Present
    </button>
  );
}
