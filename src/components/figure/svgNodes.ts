/** Small helpers for writing SVG nodes: creation with attributes, colours, rounding. */

export const SVG_NS = 'http://www.w3.org/2000/svg';

export type Attributes = Record<string, string | number | undefined>;

export function svgElement<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Attributes = {},
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, tag);
  setAttributes(node, attributes);
  return node;
}

export function setAttributes(node: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) node.setAttribute(name, typeof value === 'number' ? px(value) : value);
  }
}

/** A coordinate with at most two decimals: the file stays small and diffs stay readable. */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export interface Paint {
  /** An opaque colour: "rgb(29, 36, 51)" or any colour the browser wrote. */
  color: string;
  opacity: number;
}

/**
 * A computed CSS colour as SVG paint; null when nothing would show (transparent). rgba() becomes
 * rgb() plus an opacity, which every SVG reader understands.
 */
export function parsePaint(color: string): Paint | null {
  const value = color.trim();
  if (value === '' || value === 'transparent' || value === 'none') return null;
  const rgba =
    /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (!rgba) return { color: value, opacity: 1 };
  const alpha = rgba[4] === undefined ? 1 : parseAlpha(rgba[4]);
  if (alpha === 0) return null;
  return { color: `rgb(${rgba[1]}, ${rgba[2]}, ${rgba[3]})`, opacity: alpha };
}

function parseAlpha(alpha: string): number {
  return alpha.endsWith('%') ? Number(alpha.slice(0, -1)) / 100 : Number(alpha);
}

/** fill / stroke attributes of a paint, the opacity only when it is not 1. */
export function paintAttributes(paint: Paint, which: 'fill' | 'stroke'): Attributes {
  return {
    [which]: paint.color,
    [`${which}-opacity`]: paint.opacity === 1 ? undefined : paint.opacity,
  };
}
