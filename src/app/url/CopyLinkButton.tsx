import { useEffect, useState } from 'react';
import { useText } from '../../i18n';
import { useStore } from '../../store';
import { linkAddress } from './linkFromState';
import './url.css';

/** How long the copied link stays in sight. */
const SHOWN_MS = 10_000;

type CopyState = { link: string; copied: boolean } | null;

/**
 * Copies the link to the view on screen. Where the page may not write to the clipboard, the link
 * is shown selected, ready to copy by hand.
 */
export function CopyLinkButton() {
  const [shown, setShown] = useState<CopyState>(null);
  const text = useText().app;
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [shown]);

  const copy = async () => {
    const link = linkAddress(useStore.getState(), window.location.href);
    try {
      await navigator.clipboard.writeText(link);
      setShown({ link, copied: true });
    } catch {
      setShown({ link, copied: false });
    }
  };

  return (
    <span className="link-copy">
      <button type="button" className="quiet" onClick={() => void copy()}>
        {text.copyLink}
      </button>
      <span role="status" className="link-copy-status">
        {shown && (shown.copied ? text.linkCopied : text.copyThisLink)}
      </span>
      {shown && (
        <input
          className="link-copy-text"
          data-testid="copied-link"
          readOnly
          value={shown.link}
          aria-label={text.linkToView}
          autoFocus={!shown.copied}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </span>
  );
}
