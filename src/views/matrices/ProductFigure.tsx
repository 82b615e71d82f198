/**
 * A (rows × inner) × B (inner × cols) + b = C, drawn as computed by hand: each B above its C, A to
 * the left, so C[i][j] sits on A's row i and under B's column j (geometry in layout.ts). Several
 * products may share A (X × W^Q, X × W^K, X × W^V). Clicking a cell of C outlines the row of A
 * and the column of B it comes from, and writes out the sum.
 */
import { useState, type ReactNode } from 'react';
import type { HeadBlock, ProductLayout } from './layout';
import { MatrixLabel } from './MatrixLabel';
import { shownNumber, subscript } from './shapes';
import { PartGrid, type MatrixPart } from './PartGrid';
import { ProductReadout, type PinnedCell } from './ProductReadout';
import './matrices.css';

export interface ProductColumn {
  weight: MatrixPart;
  bias: MatrixPart;
  result: MatrixPart;
}

export interface ProductFigureProps {
  left: MatrixPart;
  leftRowLabels: readonly string[];
  columns: readonly ProductColumn[];
  layout: ProductLayout;
  /** Head blocks marked on A's columns and on B's rows (the concatenation × W^O). */
  headBlocks?: readonly HeadBlock[];
  /** Written in the empty corner above A: what the figure computes. */
  children?: ReactNode;
  selectedRow?: number;
  onSelectRow?(row: number): void;
  ariaLabel: string;
}

export function ProductFigure(props: ProductFigureProps) {
  const { left, columns, layout } = props;
  const [pinned, setPinned] = useState<PinnedCell | null>(null);
  const pinnedHere = pinned && pinned.column < columns.length ? pinned : null;
  const boundaries = props.headBlocks?.slice(1).map((block) => block.start);
  const pin = (column: number, row: number, col: number) => {
    setPinned({ column, row, col });
    props.onSelectRow?.(row);
  };
  const shownRow = pinnedHere?.row ?? props.selectedRow;
  return (
    <figure className="mx-product" role="group" aria-label={props.ariaLabel}>
      <div
        className="mx-product-grid"
        style={{ gridTemplateColumns: `auto repeat(${columns.length}, auto)` }}
      >
        <div className="mx-corner">{props.children}</div>
        {columns.map((column, index) => (
          <div key={`w${index}`} className="mx-weight-cell">
            <MatrixLabel {...labelOf(column.weight)} />
            <PartGrid
              part={column.weight}
              sizing={layout.right}
              pitch={layout.pitch}
              highlightColumn={pinnedHere?.column === index ? pinnedHere.col : undefined}
              horizontalLines={boundaries}
              legend
            />
          </div>
        ))}
        <div />
        {columns.map((column, index) => (
          <div key={`b${index}`} className="mx-bias-cell">
            <MatrixLabel {...labelOf(column.bias)} operator="+" />
            <PartGrid
              part={column.bias}
              sizing={layout.bias}
              pitch={layout.pitch}
              highlightColumn={pinnedHere?.column === index ? pinnedHere.col : undefined}
            />
          </div>
        ))}
        <div className="mx-left-caption">
          <MatrixLabel {...labelOf(left)} />
          {props.headBlocks && (
            <div className="mx-head-strip" style={{ width: layout.left.width }}>
              {props.headBlocks.map((block) => (
                <span key={block.head} style={{ width: block.end - block.start }}>
                  Z{subscript(shownNumber(block.head))}
                </span>
              ))}
            </div>
          )}
        </div>
        {columns.map((column, index) => (
          <div key={`c${index}`} className="mx-result-caption">
            <MatrixLabel {...labelOf(column.result)} operator="=" />
          </div>
        ))}
        <div className="mx-left-cell">
          <PartGrid
            part={left}
            sizing={layout.left}
            pitch={layout.pitch}
            rowLabels={props.leftRowLabels}
            selectedRow={shownRow}
            verticalLines={boundaries}
            onCellClick={(row) => props.onSelectRow?.(row)}
            legend
          />
        </div>
        {columns.map((column, index) => (
          <div key={`r${index}`} className="mx-result-cell">
            <PartGrid
              part={column.result}
              sizing={layout.result}
              pitch={layout.pitch}
              selectedRow={shownRow}
              highlightColumn={pinnedHere?.column === index ? pinnedHere.col : undefined}
              onCellClick={(row, col) => pin(index, row, col)}
              legend
            />
          </div>
        ))}
      </div>
      <ProductReadout
        left={left}
        leftRowLabels={props.leftRowLabels}
        columns={columns}
        pinned={pinnedHere}
      />
    </figure>
  );
}

function labelOf(part: MatrixPart) {
  return { tex: part.tex, symbol: part.symbol, shape: part.shape, paper: part.paper };
}
