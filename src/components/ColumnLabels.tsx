/**
 * A matrix's column labels, slanted above its columns. Each label is turned just steeply enough
 * that its neighbour's text clears it: two labels one column apart lie `pitch · sin θ` apart
 * across their lines, which must be at least a line of text,
 *   θ = max(50°, asin(CLEARANCE · font size / pitch)),
 * (upright when the columns are narrower than that), and the row is as tall as the longest label
 * turned by θ. Where even upright labels would touch, the columns are left unlabelled and their
 * words are in the hover text.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { browserLayout } from './figure/layout';
import { cellBox, type GridGeometry } from './geometry';

/** What two neighbouring labels keep between them, in font sizes: their ink and a little air. */
const CLEARANCE = 1.4;
/** The least they may keep: the ink of two neighbours, an accent (é) facing a descender (p). */
const LEAST_CLEARANCE = 1.45;
const SHALLOWEST = (50 * Math.PI) / 180;

interface Measured {
  /** The labels' font size, in px. */
  font: number;
  /** The longest label's length along its line, in px. */
  longest: number;
  /** A label's height across its line, in px. */
  line: number;
}

export function ColumnLabels({
  labels,
  geometry,
}: {
  labels: readonly string[] | undefined;
  geometry: GridGeometry;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<Measured>({ font: 12, longest: 0, line: 14 });
  const pitch = geometry.cellWidth + geometry.gap;
  const needed = (CLEARANCE * measured.font) / pitch;
  const shown =
    labels !== undefined && labels.length > 0 && (LEAST_CLEARANCE * measured.font) / pitch <= 1;
  const angle = Math.max(SHALLOWEST, Math.asin(Math.min(1, needed)));

  // Measured from the labels' font rather than their boxes, which are not laid out while the
  // figure is hidden (Present mode shows one figure at a time).
  useLayoutEffect(() => {
    const row = box.current;
    if (!row || !labels) return;
    const style = getComputedStyle(row);
    const font = Number.parseFloat(style.fontSize) || 12;
    const line = Number.parseFloat(style.lineHeight) || 1.2 * font;
    const shape = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const longest = Math.ceil(
      Math.max(0, ...labels.map((label) => browserLayout.textWidth(label, shape))),
    );
    if (font !== measured.font || longest !== measured.longest || line !== measured.line) {
      setMeasured({ font, longest, line });
    }
  }, [labels, measured]);

  const centre = (col: number) => cellBox(geometry, 0, col).x + geometry.cellWidth / 2;
  const height = shown
    ? Math.ceil(measured.longest * Math.sin(angle) + measured.line * Math.cos(angle)) + 2
    : 0;
  return (
    <div ref={box} className="cmp-grid-collabels" style={{ width: geometry.width, height }}>
      {shown &&
        labels.map((text, col) => (
          <span
            key={col}
            style={{
              // Turned about its lower left corner: moved right by half its height across, so
              // that the middle of its line starts over the middle of its column.
              left: centre(col) + (measured.line / 2) * Math.sin(angle),
              transform: `rotate(-${angle}rad)`,
            }}
          >
            {text}
          </span>
        ))}
    </div>
  );
}
