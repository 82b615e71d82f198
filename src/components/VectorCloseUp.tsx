/**
 * A few numbers of one or more vectors, written out big enough to read: a window of `width`
 * consecutive numbers (their indices as column heads), one row per vector, each cell coloured as
 * in the strips above it and holding its value. Buttons move the window along the vector, so a
 * reader can check a figure's arithmetic (x + t = input) number by number. It is a real table,
 * so a screen reader reads it as one.
 */
import { useState } from 'react';
import type { ColorScale } from './scales';
import { textColorOn } from './scales';
import { useText } from '../i18n';
import { SideScroller } from './figure/SideScroller';
import './components.css';

export interface CloseUpRow {
  /** Row head: "x", "t", "x + t". */
  label: string;
  values: ArrayLike<number>;
}

export interface VectorCloseUpProps {
  rows: readonly CloseUpRow[];
  scale: ColorScale;
  /** What the rows are, said first in the caption: "Close-up of “it”". */
  title: string;
  /** How many numbers the window shows; 8 by default. */
  width?: number;
}

export function VectorCloseUp({ rows, scale, title, width = 8 }: VectorCloseUpProps) {
  const length = Math.min(...rows.map((r) => r.values.length));
  const shown = Math.min(width, length);
  const [first, setFirst] = useState(0);
  // a new, shorter vector keeps the window inside it
  const start = Math.min(first, length - shown);
  const indices = Array.from({ length: shown }, (_, i) => start + i);
  const text = useText().components;
  const move = (by: number) => setFirst(Math.max(0, Math.min(length - shown, start + by)));
  return (
    <div className="cmp-closeup">
      <SideScroller label={title}>
        <table className="cmp-closeup-table">
          <caption>{text.closeUpCaption(title, start, start + shown - 1, length)}</caption>
          <thead>
            <tr>
              <td />
              {indices.map((index) => (
                <th key={index} scope="col">
                  [{index}]
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {indices.map((index) => {
                  const value = r.values[index];
                  return (
                    <td
                      key={index}
                      data-value={value}
                      style={{ background: scale.color(value), color: textColorOn(value, scale) }}
                    >
                      {text.number(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </SideScroller>
      <div className="cmp-closeup-bar">
        <button type="button" onClick={() => move(-shown)} disabled={start === 0}>
          <span aria-hidden="true">◀ </span>
          {text.earlierNumbers}
        </button>
        <button type="button" onClick={() => move(shown)} disabled={start + shown >= length}>
          {text.laterNumbers}
          <span aria-hidden="true"> ▶</span>
        </button>
      </div>
    </div>
  );
}
