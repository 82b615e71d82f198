/**
 * The post's one-line summary of self-attention, softmax(Q Kᵀ / √d_k) V = Z, typeset, with every
 * matrix in it drawn from the run beneath its symbol, for the chosen head.
 */
import type { ReactNode } from 'react';
import { Formula } from '../../components';
import { useText } from '../../i18n';
import type { AttentionMatrices } from './attentionMatrices';
import { formulaLayout, type GridSizing } from './layout';
import { MatrixLabel } from './MatrixLabel';
import { PartGrid, type MatrixPart } from './PartGrid';
import { PartsNumbers } from './PartsNumbers';
import { shownNumber, subscript } from './shapes';
import { headOutputPart, headPart, keysTransposedPart, scorePart } from './parts';
import './matrices.css';

export interface AttentionFormulaFigureProps {
  matrices: AttentionMatrices;
  head: number;
  selectedRow?: number;
  /** Widest the figure may be, in pixels. */
  maxWidth?: number;
}

interface TermProps {
  part: MatrixPart;
  sizing: GridSizing;
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  weights?: boolean;
  selectedRow?: number;
  operator?: string;
}

function Term({ part, sizing, operator, ...grid }: TermProps) {
  return (
    <>
      {operator && <span className="mx-formula-operator">{operator}</span>}
      <div className="mx-term">
        <MatrixLabel tex={part.tex} symbol={part.symbol} shape={part.shape} paper={part.paper} />
        <PartGrid
          part={part}
          sizing={sizing}
          pitch={sizing.width / part.shape[1]}
          legend
          {...grid}
        />
      </div>
    </>
  );
}

export function AttentionFormulaFigure({
  matrices,
  head,
  selectedRow,
  maxWidth = 920,
}: AttentionFormulaFigureProps) {
  const words = useText();
  const text = words.matrices;
  const { number } = words.components;
  const { queryTokens, keyTokens, headSize } = matrices;
  const layout = formulaLayout(queryTokens.length, keyTokens.length, headSize, maxWidth);
  const q = headPart(matrices, 'Q', head);
  const kT = keysTransposedPart(matrices, head);
  const n = shownNumber(head);
  const scaledTex = `S_{${n}} = \\frac{Q_{${n}} K_{${n}}^T}{\\sqrt{d_k}}`;
  const scaled = scorePart(matrices, 'scaled', head, scaledTex, `S${subscript(n)}`);
  const weights = scorePart(
    matrices,
    'weights',
    head,
    `A_{${n}} = \\mathrm{softmax}(S_{${n}})`,
    `A${subscript(n)}`,
  );
  const v = headPart(matrices, 'V', head);
  const z = headOutputPart(matrices, head);
  const root = number(Math.sqrt(headSize));
  // A decimal comma in TeX is a punctuation mark followed by a space unless braced.
  const rootTex = root.replace(',', '{,}');
  const masked = matrices.names.kind === 'decoder-self';
  const line = (children: ReactNode) => <div className="mx-formula-line">{children}</div>;
  return (
    <div className="mx-figure-block" data-figure="formula">
      <Formula
        display
        tex={`Z_{${n}} = \\mathrm{softmax}\\left(\\frac{Q_{${n}} K_{${n}}^T}{\\sqrt{d_k}}\\right) V_{${n}}, \\qquad \\sqrt{d_k} = \\sqrt{${headSize}} \\approx ${rootTex} \\quad (${text.paperRoot})`}
      />
      {line(
        <>
          <Term part={q} sizing={layout.q} rowLabels={queryTokens} selectedRow={selectedRow} />
          <Term part={kT} sizing={layout.keysTransposed} colLabels={keyTokens} operator="×" />
          <span className="mx-formula-operator">÷ {root}</span>
          <Term
            part={scaled}
            sizing={layout.scores}
            rowLabels={queryTokens}
            colLabels={keyTokens}
            selectedRow={selectedRow}
            operator="="
          />
        </>,
      )}
      <p className="mx-formula-note">{text.scoresNote(n, root, masked)}</p>
      {line(
        <>
          <Term
            part={weights}
            sizing={layout.scores}
            rowLabels={queryTokens}
            colLabels={keyTokens}
            selectedRow={selectedRow}
            weights
          />
          <Term part={v} sizing={layout.v} rowLabels={keyTokens} operator="×" />
          <Term part={z} sizing={layout.z} selectedRow={selectedRow} operator="=" />
        </>,
      )}
      <PartsNumbers
        parts={[
          { part: q, rowLabels: queryTokens },
          { part: kT, colLabels: keyTokens },
          { part: scaled, rowLabels: queryTokens, colLabels: keyTokens },
          { part: weights, rowLabels: queryTokens, colLabels: keyTokens },
          { part: v, rowLabels: keyTokens },
          { part: z, rowLabels: queryTokens },
        ]}
      />
    </div>
  );
}
