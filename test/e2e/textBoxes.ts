/**
 * The text drawn inside figures, measured as the reader sees it: which two pieces of text overlap,
 * and which run past a box that hides what overflows it (so part of the text is cut off).
 */
import type { Locator } from '@playwright/test';

/** Closer than this (in CSS pixels) counts as touching, not overlapping or cut. */
const TOLERANCE = 1.5;

/**
 * Every overlap and cut text inside `root`'s figures (`[data-export-figure]`), one line each.
 * SVG text is measured as its own rotated box (a label turned 45° is a slanted rectangle, not the
 * square around it); HTML text as the boxes of its lines. Formulas typeset by KaTeX are left out:
 * their parts sit against each other by design.
 */
export async function figureTextProblems(root: Locator): Promise<string[]> {
  return root.evaluate((scope, tolerance) => {
    type Point = { x: number; y: number };
    type Box = { left: number; top: number; right: number; bottom: number };
    type Piece = { quad: Point[]; box: Box; text: string; element: Element };
    const found: string[] = [];

    const visible = (element: Element) =>
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true });

    /**
     * Where the ink of `content` lies inside the box the browser gives its text, from top (0) to
     * bottom (1): that box holds the font's whole height, space above capitals and below the
     * baseline included, so digits drawn near an edge would count as cut when none of their ink is.
     */
    const canvas = document.createElement('canvas').getContext('2d');
    const inkOf = (element: Element, content: string): { top: number; bottom: number } => {
      const style = getComputedStyle(element);
      if (!canvas) return { top: 0, bottom: 1 };
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const m = canvas.measureText(content);
      const height = m.fontBoundingBoxAscent + m.fontBoundingBoxDescent;
      if (height <= 0) return { top: 0, bottom: 1 };
      return {
        top: Math.max(0, (m.fontBoundingBoxAscent - m.actualBoundingBoxAscent) / height),
        bottom: Math.min(1, (m.fontBoundingBoxAscent + m.actualBoundingBoxDescent) / height),
      };
    };

    /** The four corners of an SVG text's own box, on screen. */
    const svgQuad = (text: SVGGraphicsElement): Point[] | null => {
      const full = text.getBBox();
      const matrix = text.getScreenCTM();
      if (!matrix || full.width === 0 || full.height === 0) return null;
      const ink = inkOf(text, text.textContent ?? '');
      const box = {
        x: full.x,
        y: full.y + full.height * ink.top,
        width: full.width,
        height: full.height * (ink.bottom - ink.top),
      };
      const corner = (x: number, y: number) => {
        const p = new DOMPoint(x, y).matrixTransform(matrix);
        return { x: p.x, y: p.y };
      };
      return [
        corner(box.x, box.y),
        corner(box.x + box.width, box.y),
        corner(box.x + box.width, box.y + box.height),
        corner(box.x, box.y + box.height),
      ];
    };
    const rectQuad = (r: DOMRect, ink: { top: number; bottom: number }): Point[] => {
      const top = r.top + r.height * ink.top;
      const bottom = r.top + r.height * ink.bottom;
      return [
        { x: r.left, y: top },
        { x: r.right, y: top },
        { x: r.right, y: bottom },
        { x: r.left, y: bottom },
      ];
    };

    /** How deep two convex quads overlap: the least overlap along their edges' normals. */
    const depth = (a: Point[], b: Point[]): number => {
      let least = Infinity;
      for (const quad of [a, b]) {
        for (let i = 0; i < 4; i++) {
          const p = quad[i];
          const q = quad[(i + 1) % 4];
          const length = Math.hypot(q.x - p.x, q.y - p.y);
          if (length === 0) continue;
          const nx = (p.y - q.y) / length;
          const ny = (q.x - p.x) / length;
          const project = (points: Point[]) => points.map((v) => v.x * nx + v.y * ny);
          const pa = project(a);
          const pb = project(b);
          const overlap =
            Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb));
          least = Math.min(least, overlap);
        }
      }
      return least;
    };

    const boxOf = (quad: Point[]): Box => ({
      left: Math.min(...quad.map((p) => p.x)),
      top: Math.min(...quad.map((p) => p.y)),
      right: Math.max(...quad.map((p) => p.x)),
      bottom: Math.max(...quad.map((p) => p.y)),
    });
    /** Whether the squares around two pieces come closer than touching: only then can they overlap. */
    const near = (a: Box, b: Box) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;

    /** Drawn for screen readers only: clipped to nothing inside a box of one pixel. */
    const hiddenFromSight = (element: Element, figure: Element): boolean => {
      for (let at: Element | null = element; at && at !== figure; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.clip.startsWith('rect(0') || style.clipPath.startsWith('inset(50%')) return true;
      }
      return false;
    };

    /**
     * Inside a box that scrolls, and not wholly in its visible part: the reader scrolls to it, so
     * where it lies meanwhile (under other text, past the box's edge) is no fault of the figure.
     */
    const scrolledAway = (element: Element, figure: Element): boolean => {
      const own = element.getBoundingClientRect();
      for (let at = element.parentElement; at && at !== figure; at = at.parentElement) {
        const overflow = getComputedStyle(at);
        const scrolls = [overflow.overflowX, overflow.overflowY].some(
          (value) => value === 'auto' || value === 'scroll',
        );
        if (!scrolls) continue;
        const box = at.getBoundingClientRect();
        if (
          own.left < box.left - 1 ||
          own.right > box.right + 1 ||
          own.top < box.top - 1 ||
          own.bottom > box.bottom + 1
        ) {
          return true;
        }
      }
      return false;
    };

    /** The angle an element is turned by, from its own transform and those of its parents. */
    const turnOf = (element: Element, figure: Element): number => {
      let angle = 0;
      for (let at: Element | null = element; at && at !== figure; at = at.parentElement) {
        const transform = getComputedStyle(at).transform;
        if (transform === 'none') continue;
        const matrix = new DOMMatrix(transform);
        angle += Math.atan2(matrix.b, matrix.a);
      }
      return angle;
    };

    /**
     * A turned HTML element's text as the slanted box it is: its laid-out size, turned about the
     * centre of the square the browser reports around it.
     */
    const turnedQuad = (
      element: HTMLElement,
      angle: number,
      ink: { top: number; bottom: number },
    ): Point[] => {
      const around = element.getBoundingClientRect();
      const cx = (around.left + around.right) / 2;
      const cy = (around.top + around.bottom) / 2;
      const zoom = element.currentCSSZoom;
      const w = (element.offsetWidth * zoom) / 2;
      const h = (element.offsetHeight * zoom) / 2;
      const top = -h + 2 * h * ink.top;
      const bottom = -h + 2 * h * ink.bottom;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      return [
        [-w, top],
        [w, top],
        [w, bottom],
        [-w, bottom],
      ].map(([x, y]) => ({ x: cx + x * cos - y * sin, y: cy + x * sin + y * cos }));
    };

    const label = (piece: Piece) => {
      const classes = piece.element.getAttribute('class')?.split(' ')[0];
      return `${piece.element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} “${piece.text.slice(0, 24)}”`;
    };

    /** Where `piece` runs past an ancestor that hides its overflow, up to the figure. */
    const cutBy = (piece: Piece, figure: Element): string | null => {
      const { left, top, right, bottom } = piece.box;
      // An HTML element may cut its own text; an SVG text never does.
      const first =
        piece.element instanceof SVGElement ? piece.element.parentElement : piece.element;
      for (let at = first; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        const hides = (value: string) => value === 'hidden' || value === 'clip';
        const hidesX = hides(style.overflowX);
        const hidesY = hides(style.overflowY);
        if (hidesX || hidesY) {
          const box = at.getBoundingClientRect();
          const past = Math.max(
            hidesX ? Math.max(box.left - left, right - box.right) : 0,
            hidesY ? Math.max(box.top - top, bottom - box.bottom) : 0,
          );
          if (past > tolerance) {
            const name = at.getAttribute('class')?.split(' ')[0] ?? at.tagName.toLowerCase();
            return `${Math.round(past)} px past ${name}`;
          }
        }
        if (at === figure) break;
      }
      return null;
    };

    for (const figure of scope.querySelectorAll('[data-export-figure]')) {
      if (!visible(figure)) continue;
      const figureName = figure.getAttribute('data-export-figure');
      const pieces: Piece[] = [];
      for (const text of figure.querySelectorAll<SVGGraphicsElement>('svg text')) {
        const content = text.textContent?.trim() ?? '';
        if (!content || !visible(text)) continue;
        if (scrolledAway(text, figure)) continue;
        const quad = svgQuad(text);
        if (quad) pieces.push({ quad, box: boxOf(quad), text: content, element: text });
      }
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        const content = node.textContent?.trim() ?? '';
        if (!element || !content || element.closest('svg, .katex, .sr-only')) continue;
        if (!visible(element) || hiddenFromSight(element, figure)) continue;
        if (scrolledAway(element, figure)) continue;
        const ink = inkOf(element, content);
        const angle = turnOf(element, figure);
        if (Math.abs(angle) > 0.01 && element instanceof HTMLElement) {
          const quad = turnedQuad(element, angle, ink);
          pieces.push({ quad, box: boxOf(quad), text: content, element });
          continue;
        }
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          if (rect.width > 0 && rect.height > 0) {
            const quad = rectQuad(rect, ink);
            pieces.push({ quad, box: boxOf(quad), text: content, element });
          }
        }
      }
      // Two pieces overlap when they are deeper into each other than touching, both ways.
      for (let i = 0; i < pieces.length; i++) {
        for (let j = i + 1; j < pieces.length; j++) {
          if (pieces[i].element === pieces[j].element) continue;
          if (!near(pieces[i].box, pieces[j].box)) continue;
          const d = depth(pieces[i].quad, pieces[j].quad);
          if (d > tolerance) {
            found.push(
              `${figureName}: ${label(pieces[i])} overlaps ${label(pieces[j])} by ${Math.round(d)} px`,
            );
          }
        }
      }
      for (const piece of pieces) {
        const cut = cutBy(piece, figure);
        if (cut) found.push(`${figureName}: ${label(piece)} is cut, ${cut}`);
      }
      // A box that hides what overflows it and holds a longer line than it shows (a turned
      // label narrower than its word, a number wider than its cell), however it is turned. Its
      // height is left to the ink check above: a line box taller than its cell cuts no ink.
      for (const element of new Set(pieces.map((piece) => piece.element))) {
        if (!(element instanceof HTMLElement)) continue;
        const overflowX = getComputedStyle(element).overflowX;
        if (overflowX !== 'hidden' && overflowX !== 'clip') continue;
        if (element.scrollWidth - element.clientWidth <= tolerance) continue;
        const piece = pieces.find((p) => p.element === element);
        if (piece) found.push(`${figureName}: ${label(piece)} is cut short by its own box`);
      }
    }
    return found;
  }, TOLERANCE);
}
