import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether what is inside `box` is wider than the box itself (on a phone, a long vector or a wide
 * heatmap), measured again whenever the box or its content changes size.
 */
export function useWide(box: RefObject<HTMLElement | null>): boolean {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWide(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    const changes = new MutationObserver(() => {
      for (const child of element.children) observer.observe(child);
      measure();
    });
    changes.observe(element, { childList: true, subtree: true });
    measure();
    return () => {
      observer.disconnect();
      changes.disconnect();
    };
  }, [box]);
  return wide;
}
