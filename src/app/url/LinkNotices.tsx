import { useStore } from '../../store';
import './url.css';

/** What the page could not use of the link it was opened with, part by part. */
export function LinkNotices() {
  const notices = useStore((s) => s.linkNotices);
  const dismiss = useStore((s) => s.dismissLinkNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice warn link-notices" role="status" data-testid="link-notices">
      <p>
        <strong>Some of this link could not be used as given:</strong>
      </p>
      <ul>
        {notices.map((notice, i) => (
          <li key={`${notice.key}-${i}`} data-key={notice.key}>
            {notice.text}
          </li>
        ))}
      </ul>
      <button type="button" className="quiet" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
