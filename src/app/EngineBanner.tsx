import { useText } from '../i18n';
import { errorText } from '../i18n/errorText';
import { useStore } from '../store';

/** Above everything: the worker died and was replaced; the last result is still on screen. */
export function EngineBanner({ onRerun }: { onRerun: () => void }) {
  const banner = useStore((s) => s.banner);
  const dismiss = useStore((s) => s.dismissBanner);
  const text = useText();
  if (!banner) return null;
  return (
    <div className="banner" role="alert" data-testid="engine-banner">
      <p>{errorText(banner.error, text.errors)}</p>
      <div className="banner-actions">
        <button
          type="button"
          onClick={() => {
            dismiss();
            onRerun();
          }}
        >
          {text.app.translateAgain}
        </button>
        <button type="button" className="quiet" onClick={dismiss}>
          {text.app.dismiss}
        </button>
      </div>
    </div>
  );
}
