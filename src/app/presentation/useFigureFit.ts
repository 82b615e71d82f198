/**
 * Shows only a step's figures out of its section, zoomed to fit the stage: the rest of the
 * section is hidden by a style rule (figureSteps.ts), and the zoom follows the figures as they
 * fill in, change step or the window is resized.
 */
import { useEffect, useRef } from 'react';
import { fitZoom, onlyFiguresRule } from './figureSteps';

/** Where the figures are laid out, in px before zoom: the page's widest column. */
const WIDEST_COLUMN_PX = 1440;
/** Growing by less than this is not worth a new layout (shrinking always is: the figure must fit). */
const ZOOM_STEP = 0.005;
/** Kept free below the figures, so that rounding never pushes them past the stage. */
const SPARE_PX = 2;

/** The rule hiding all but `figures` in `scope`, while the step is shown. */
function useOnlyFigures(scope: string, figures: string | null): void {
  useEffect(() => {
    if (figures === null || typeof document.adoptedStyleSheets === 'undefined') return;
    // A constructed sheet: the page's content policy refuses inline style elements.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(onlyFiguresRule(scope, figures));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [scope, figures]);
}

/** The stage (what is left of the screen) and the box of figures zoomed to fit in it. */
export function useFigureFit(
  scope: string,
  figures: string | null,
  /** The step shown: each starts at its top, fitted anew. */
  step: number,
) {
  const stage = useRef<HTMLDivElement>(null);
  const figuresBox = useRef<HTMLDivElement>(null);
  useOnlyFigures(scope, figures);
  useEffect(() => {
    const area = stage.current;
    const box = figuresBox.current;
    if (!area || !box || typeof ResizeObserver === 'undefined') return;
    let zoom = 1;
    let frame = 0;
    const fit = () => {
      frame = 0;
      const width = Math.min(area.clientWidth, WIDEST_COLUMN_PX);
      box.style.width = `${width}px`;
      // The box is drawn at `zoom`: its size unzoomed is its drawn size divided by it.
      const natural = { width, height: box.getBoundingClientRect().height / zoom };
      const next = fitZoom(natural, {
        width: area.clientWidth,
        height: area.clientHeight - SPARE_PX,
      });
      if (next === zoom || (next > zoom && next - zoom < ZOOM_STEP)) return;
      zoom = next;
      box.style.zoom = String(zoom);
    };
    const later = () => {
      if (frame === 0) frame = requestAnimationFrame(fit);
    };
    area.scrollTop = 0;
    box.style.zoom = '1';
    fit();
    const observer = new ResizeObserver(later);
    observer.observe(box);
    observer.observe(area);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [step]);
  return { stage, figuresBox };
}
