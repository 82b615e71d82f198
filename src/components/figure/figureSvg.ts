/**
 * A figure of the page as a standalone SVG file: its drawing (see paintHtml.ts) on the page's
 * paper colour, sized to what it shows, with its caption written underneath and as its <title>.
 */
import { wrapLines } from './caption';
import { browserLayout, type FigureLayout } from './layout';
import { paintElement } from './paintHtml';
import type { Painter } from './painter';
import { paintAttributes, parsePaint, setAttributes, svgElement } from './svgNodes';

export interface FigureSvg {
  /** The file's text, an SVG document. */
  svg: string;
  /** Its size in CSS pixels: the PNG is drawn at twice this. */
  width: number;
  height: number;
}

export interface FigureSvgOptions {
  /** The file's <title>: what the figure is. */
  title: string;
  /** Written under the figure; none when the figure already shows its caption. */
  caption?: string;
  layout?: FigureLayout;
}

const MARGIN = 12;
const CAPTION_FONT_SIZE = 13;
const CAPTION_LINE = 18;
const CAPTION_GAP = 10;
/** A narrow figure still gets a caption wide enough to read. */
const MIN_CAPTION_WIDTH = 320;

/** The page's own background, so colours look as they did on screen; white when it has none. */
function paperOf(root: Element, layout: FigureLayout): string {
  for (let node: Element | null = root; node; node = node.parentElement) {
    const paint = parsePaint(layout.style(node).backgroundColor);
    if (paint) return paint.color;
  }
  return 'rgb(255, 255, 255)';
}

export function figureToSvg(root: HTMLElement, options: FigureSvgOptions): FigureSvg {
  const layout = options.layout ?? browserLayout;
  const doc = root.ownerDocument;
  const svg = svgElement(doc, 'svg');
  const defs = svgElement(doc, 'defs');
  const drawing = svgElement(doc, 'g', { class: 'figure' });
  const rootBox = layout.box(root);
  const painter: Painter = {
    layout,
    doc,
    defs,
    origin: { x: rootBox.x, y: rootBox.y },
    clip: null,
    painted: null,
    clipCount: 0,
  };
  paintElement(root, drawing, painter);
  const painted = painter.painted ?? { x: 0, y: 0, width: 0, height: 0 };
  drawing.setAttribute('transform', `translate(${MARGIN - painted.x} ${MARGIN - painted.y})`);

  const style = layout.style(root);
  const font = `${CAPTION_FONT_SIZE}px ${style.fontFamily || 'sans-serif'}`;
  const width = Math.ceil(Math.max(painted.width, MIN_CAPTION_WIDTH) + 2 * MARGIN);
  const lines = wrapLines(options.caption ?? '', width - 2 * MARGIN, (line) =>
    layout.textWidth(line, font),
  );
  const captionTop = MARGIN + painted.height + (lines.length > 0 ? CAPTION_GAP : 0);
  const height = Math.ceil(captionTop + lines.length * CAPTION_LINE + MARGIN);

  // The serializer writes the SVG namespace itself, since the nodes were made in it.
  setAttributes(svg, { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  const title = svgElement(doc, 'title');
  title.textContent = options.title;
  const ink = parsePaint(style.color) ?? { color: 'rgb(0, 0, 0)', opacity: 1 };
  const caption = svgElement(doc, 'g', {
    class: 'figure-caption',
    'font-family': style.fontFamily || 'sans-serif',
    'font-size': CAPTION_FONT_SIZE,
    ...paintAttributes(ink, 'fill'),
  });
  lines.forEach((line, i) => {
    const text = svgElement(doc, 'text', { x: MARGIN, y: captionTop + (i + 0.75) * CAPTION_LINE });
    text.textContent = line;
    caption.append(text);
  });
  const paper = svgElement(doc, 'rect', { width, height, fill: paperOf(root, layout) });
  svg.append(title, defs, paper, drawing, caption);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
  return { svg: text, width, height };
}
