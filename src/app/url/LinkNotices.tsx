import { useText } from '../../i18n';
import { useStore } from '../../store';
import './url.css';

const NOTICES_ID = 'link-notices';

/** What the page could not use of the link it was opened with, part by part. */
export function LinkNotices() {
  const notices = useStore((s) => s.linkNotices);
  const dismiss = useStore((s) => s.dismissLinkNotices);
  const text = useText().app;
  if (notices.length === 0) return null;
  return (
    <div
      id={NOTICES_ID}
      className="notice warn link-notices"
      role="status"
      tabIndex={-1}
      data-testid="link-notices"
    >
      <p>
        <strong>{text.linkNotUsed}</strong>
      </p>
      <ul>
        {notices.map((notice, i) => (
          <li key={`${notice.key}-${i}`} data-key={notice.key}>
            {notice.text}
          </li>
        ))}
      </ul>
      <button type="button" className="quiet" onClick={dismiss}>
        {text.dismiss}
      </button>
    </div>
  );
}

/**
 * Where the reader is, which may be far below the notices when the link named a section: says
 * that there are notices and takes the reader to them.
 */
export function LinkNoticesBadge() {
  const count = useStore((s) => s.linkNotices.length);
  const text = useText().app;
  if (count === 0) return null;
  const show = () => {
    const notices = document.getElementById(NOTICES_ID);
    notices?.scrollIntoView({ block: 'center' });
    notices?.focus({ preventScroll: true });
  };
  return (
    <button type="button" className="quiet link-notices-badge" onClick={show}>
      {text.linkPartsNotUsed(count)}
    </button>
  );
}
