import { useEffect, useRef } from 'react';
import { useStore } from '../../store';
import { currentSection, readingLine, scrollTopFor } from './sectionPlace';

/** The sticky sentence bar's height: sections scroll to just below it. */
function barHeight(): number {
  return document.querySelector<HTMLElement>('.sentence-bar')?.offsetHeight ?? 0;
}

/** Events that mean the reader, not the page, is moving the page. */
const READER_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * On the long page (`active`): once the first run is drawn, scrolls to the section the link or the
 * presentation left the reader at; then, as the reader scrolls, keeps `section` on the section in
 * view. Scrolls the page itself makes (figures growing, the first placing) never move `section`:
 * only scrolling after the reader has touched the page does.
 */
export function usePagePlace(active: boolean, sectionIds: readonly string[]): void {
  const settled = useStore((s) => s.lastGood !== null || s.run.status === 'failed');
  const placed = useRef(false);

  useEffect(() => {
    if (!active) {
      placed.current = false;
      return;
    }
    if (!settled || placed.current) return;
    placed.current = true;
    const section = useStore.getState().section;
    const element = section ? document.getElementById(section) : null;
    if (!element) return;
    let readerMoved = false;
    const startedAt = performance.now();
    // The key that left the presentation may still be on its way here: only later events count.
    const onReader = (event: Event) => {
      if (event.timeStamp >= startedAt) readerMoved = true;
    };
    const place = () => {
      if (readerMoved) return;
      const top = scrollTopFor(element.getBoundingClientRect().top, window.scrollY, barHeight());
      window.scrollTo({ top, behavior: 'instant' });
    };
    READER_EVENTS.forEach((type) => window.addEventListener(type, onReader, { passive: true }));
    // Again once the figures around it have taken their size.
    const frame = requestAnimationFrame(place);
    const timers = [300, 1000].map((ms) => setTimeout(place, ms));
    return () => {
      cancelAnimationFrame(frame);
      timers.forEach(clearTimeout);
      READER_EVENTS.forEach((type) => window.removeEventListener(type, onReader));
    };
  }, [active, settled]);

  useEffect(() => {
    if (!active) return;
    let readerMoved = false;
    let frame = 0;
    const follow = () => {
      frame = 0;
      const tops = sectionIds.flatMap((id) => {
        const element = document.getElementById(id);
        return element ? [{ id, top: element.getBoundingClientRect().top }] : [];
      });
      const section = currentSection(tops, readingLine(barHeight(), window.innerHeight));
      if (section !== useStore.getState().section) useStore.getState().setSection(section);
    };
    const startedAt = performance.now();
    const onReader = (event: Event) => {
      if (event.timeStamp >= startedAt) readerMoved = true;
    };
    const onScroll = () => {
      if (readerMoved && !frame) frame = requestAnimationFrame(follow);
    };
    READER_EVENTS.forEach((type) => window.addEventListener(type, onReader, { passive: true }));
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      READER_EVENTS.forEach((type) => window.removeEventListener(type, onReader));
      window.removeEventListener('scroll', onScroll);
    };
  }, [active, sectionIds]);
}
