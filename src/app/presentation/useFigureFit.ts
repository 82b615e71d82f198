/**
 * Shows only a step's figures out of its section, zoomed to fit the stage (a small figure grows,
 * up to twice its size): the rest of the section is hidden by a style rule (figureSteps.ts), and
 * the zoom follows the figures as they fill in, change step or the window is resized. A figure
 * whose text would be drawn below 18 px once shrunk to fit keeps its text at 18 px instead, laid
 * out narrower to fill the screen's width, and the stage scrolls.
 */
import { useEffect, useRef } from 'react';
import { fitZoom, onlyFiguresRule } from './figureSteps';

/** Where the figures are laid out, in px before zoom: the page's widest column. */
const WIDEST_COLUMN_PX = 1440;
/** The narrowest layout a figure is given when it is zoomed up to be read from a room's back. */
const NARROWEST_COLUMN_PX = 900;
/** The smallest text drawn on screen in Present mode, in px: readable from the back of a room. */
export const PRESENT_TEXT_FLOOR_PX = 18;
/** The most a figure is enlarged to fill the stage: twice the size the page draws it. */
const LARGEST_FIT_ZOOM = 2;
/** Aimed a little above the floor: a drawing scaled to its width rounds its text down a little. */
const ROUNDING_MARGIN = 1.02;

/**
 * The smallest text in `box` as it would be drawn at zoom 1, in px: each visible text's font size,
 * times its own scale inside the box: its drawing's screen matrix for SVG text, its zoom for any
 * other (a legend drawn larger), each divided by the box's `zoom`.
 */
function smallestText(box: HTMLElement, zoom: number): number {
  let smallest = Infinity;
  for (const element of box.querySelectorAll('*')) {
    const hasText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
    );
    if (!hasText || !element.checkVisibility({ visibilityProperty: true })) continue;
    const drawn = element.getBoundingClientRect();
    // Text kept for screen readers only (a 1 px clipped box) is not drawn.
    if (drawn.width <= 1 || drawn.height <= 1) continue;
    const font = Number.parseFloat(getComputedStyle(element).fontSize);
    const scale =
      element instanceof SVGGraphicsElement
        ? Math.abs(element.getScreenCTM()?.d ?? zoom) / zoom
        : (element.currentCSSZoom ?? zoom) / zoom;
    if (font * scale > 0) smallest = Math.min(smallest, font * scale);
  }
  return smallest;
}
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
    const fitToStage = () => {
      frame = 0;
      // The box is drawn at `zoom`: its size unzoomed is its drawn size divided by it.
      const natural = {
        width: box.getBoundingClientRect().width / zoom,
        height: box.getBoundingClientRect().height / zoom,
      };
      const fits = fitZoom(
        natural,
        { width: area.clientWidth, height: area.clientHeight - SPARE_PX },
        LARGEST_FIT_ZOOM,
      );
      // Never smaller than the zoom that draws the smallest text at the floor; the stage scrolls
      // when that is too big to fit, and the figure is laid out narrower to use the screen's width:
      //   zoom = min(max(fits, floor / smallest text), stage width / narrowest layout)
      const readable = (PRESENT_TEXT_FLOOR_PX * ROUNDING_MARGIN) / smallestText(box, zoom);
      const next = Math.min(Math.max(fits, readable), area.clientWidth / NARROWEST_COLUMN_PX);
      const width = Math.min(WIDEST_COLUMN_PX, Math.floor(area.clientWidth / next));
      box.style.width = `${width}px`;
      if (next === zoom || (next > zoom && next - zoom < ZOOM_STEP)) return;
      zoom = next;
      box.style.zoom = String(zoom);
    };
    const later = () => {
      if (frame === 0) frame = requestAnimationFrame(fitToStage);
    };
    area.scrollTop = 0;
    box.style.zoom = '1';
    box.style.width = `${Math.min(area.clientWidth, WIDEST_COLUMN_PX)}px`;
    fitToStage();
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
