/**
 * A box that scrolls sideways when what it holds is wider than the column (a table on a phone):
 * then it says so, and can be reached with the Tab key and scrolled with the arrow keys.
 *
 *   <SideScroller label="Rank correlation between the methods"><table … /></SideScroller>
 */
import { useRef, type ReactNode } from 'react';
import { useWide } from './useWide';
import { useText } from '../../i18n';
import './figure.css';

export function SideScroller({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const wide = useWide(box);
  const text = useText().components;
  return (
    <>
      {wide && <ScrollHint />}
      <div
        ref={box}
        className={wide ? 'fig-side-scroller fig-export-wide' : 'fig-side-scroller'}
        tabIndex={wide ? 0 : undefined}
        role={wide ? 'region' : undefined}
        aria-label={wide ? text.scrollsSideways(label) : undefined}
      >
        {children}
      </div>
    </>
  );
}

/** The line above a box that scrolls sideways, for a reader who would not guess it does. */
export function ScrollHint() {
  const text = useText().components;
  return (
    <p className="fig-export-scroll-hint" aria-hidden="true">
      {text.scrollHint}
    </p>
  );
}
