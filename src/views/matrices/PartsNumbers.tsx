/**
 * The text alternative of a figure: one "Show the numbers" button revealing a table for every
 * matrix the figure draws (those whose numbers the page holds).
 */
import { useState } from 'react';
import { NumbersTable } from '../../components';
import type { MatrixPart } from './PartGrid';
import { shapeWithPaper } from './shapes';
import './matrices.css';

export interface PartsNumbersProps {
  parts: readonly {
    part: MatrixPart;
    rowLabels?: readonly string[];
    colLabels?: readonly string[];
  }[];
}

export function PartsNumbers({ parts }: PartsNumbersProps) {
  const [open, setOpen] = useState(false);
  const shown = parts.filter(({ part }) => part.values !== null);
  return (
    <div className="mx-numbers">
      <button
        type="button"
        aria-expanded={open}
        data-export="skip"
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {open ? 'Hide the numbers' : 'Show the numbers'}
      </button>
      {open &&
        shown.map(({ part, rowLabels, colLabels }) => (
          <NumbersTable
            key={part.symbol}
            caption={shapeWithPaper(part.symbol, part.shape, part.paper)}
            values={part.values ?? []}
            cols={part.shape[1]}
            rowLabels={rowLabels}
            colLabels={colLabels}
            label={`Show ${part.symbol}`}
            defaultOpen
          />
        ))}
    </div>
  );
}
