/**
 * The text alternative of a figure: a "Show the numbers" button that reveals every value of a
 * vector or matrix as a table, for screen readers and for anyone who wants the digits.
 */
import { useId, useState } from 'react';
import { useText } from '../i18n';
import './components.css';

export interface NumbersTableProps {
  /** What the table holds: "Embedding of each source token  [9 × 64]". */
  caption: string;
  /** Values in row-major order: rows × cols of them. */
  values: ArrayLike<number>;
  /** Number of columns; the rows follow from the number of values. Defaults to one row. */
  cols?: number;
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  defaultOpen?: boolean;
  /** The toggle's text when closed; "Show the numbers" unless a figure has several tables. */
  label?: string;
}

export function NumbersTable({
  caption,
  values,
  cols = values.length,
  rowLabels,
  colLabels,
  defaultOpen = false,
  label,
}: NumbersTableProps) {
  const text = useText().components;
  const closedLabel = label ?? text.showNumbers;
  const [open, setOpen] = useState(defaultOpen);
  const tableId = useId();
  const rows = cols > 0 ? Math.ceil(values.length / cols) : 0;
  return (
    <div className="cmp-numbers">
      <button
        type="button"
        className="cmp-numbers-toggle"
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {open ? text.hide(closedLabel) : closedLabel}
      </button>
      {open && (
        // A scrolling box takes the keyboard's focus, so that the arrow keys can scroll it.
        <div
          className="cmp-numbers-scroll"
          id={tableId}
          tabIndex={0}
          role="group"
          aria-label={caption}
        >
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <td aria-hidden="true" />
                {Array.from({ length: cols }, (_, col) => (
                  <th key={col} scope="col">
                    {colLabels?.[col] ?? col}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th scope="row">{rowLabels?.[r] ?? r}</th>
                  {Array.from({ length: cols }, (_, col) => (
                    <td key={col} data-value={values[r * cols + col]}>
                      {text.number(values[r * cols + col])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
