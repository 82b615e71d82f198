import { useEffect, useRef, useState } from 'react';
import { CompareButton } from '../compare/CompareButton';
import { PresentButton } from '../presentation/PresentButton';
import { LanguageControl } from '../LanguageControl';
import { TextSizeControl, useTextSize } from '../TextSizeControl';
import { CopyLinkButton } from './CopyLinkButton';
import { LinkedControl } from './LinkedControls';
import { LinkNoticesBadge } from './LinkNotices';
import './url.css';

/**
 * For a class: the page's language, its text size for the room, present the page, compare two
 * sentences, share the view on screen. They sit with the other controls; once those scroll away
 * they stay pinned in a corner, so that the link is copied from the section the reader is looking
 * at (the language and text size stay at the top: the corner is kept small, over the figures).
 */
export function PageTools() {
  const place = useRef<HTMLDivElement>(null);
  const [pinned, setPinned] = useState(false);
  useTextSize();
  useEffect(() => {
    const row = place.current?.parentElement;
    if (!row || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setPinned(!entry.isIntersecting));
    observer.observe(row);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={place} className="page-tools-place">
      <div className={pinned ? 'page-tools pinned' : 'page-tools'} data-pinned={pinned}>
        <LinkNoticesBadge />
        {!pinned && <LanguageControl />}
        {!pinned && <TextSizeControl />}
        <LinkedControl name="present">
          <PresentButton />
        </LinkedControl>
        <LinkedControl name="compare">
          <CompareButton />
        </LinkedControl>
        <CopyLinkButton />
      </div>
    </div>
  );
}
