import { useStore } from '../store';

/** Above everything: the worker died and was replaced; the last result is still on screen. */
export function EngineBanner({ onRerun }: { onRerun: () => void }) {
  const banner = useStore((s) => s.banner);
  const dismiss = useStore((s) => s.dismissBanner);
  if (!banner) return null;
  return (
    <div className="banner" role="alert" data-testid="engine-banner">
      <p>{banner.message}</p>
      <div className="banner-actions">
        <button
          type="button"
          onClick={() => {
            dismiss();
            onRerun();
          }}
        >
          Translate again
        </button>
        <button type="button" className="quiet" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
