/**
 * The text alternative of a figure: one "Show the numbers" button revealing a table for every
 * matrix the figure draws (those whose numbers the page holds).
 */
import { useState } from 'react';
import { NumbersTable } from '../../components';
import type { MatrixPart } from './PartGrid';
import { shapeWithPaper } from './shapes';
import { useText } from '../../i18n';
import './matrices.css';

export interface PartsNumbersProps {
  parts: readonly {
    part: MatrixPart;
    rowLabels?: readonly string[];
    colLabels?: readonly string[];
  }[];
}

export function PartsNumbers({ parts }: PartsNumbersProps) {
  const text = useText().matrices;
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
        {open ? text.hideNumbers : text.showNumbers}
      </button>
      {open &&
        shown.map(({ part, rowLabels, colLabels }) => (
          <NumbersTable
            key={part.symbol}
            caption={shapeWithPaper(part.symbol, part.shape, part.paper, text)}
            values={part.values ?? []}
            cols={part.shape[1]}
            rowLabels={rowLabels}
            colLabels={colLabels}
            label={text.showMatrix(part.symbol)}
            defaultOpen
          />
        ))}
    </div>
  );
}
