/**
 * The decoder's self-attention mask for one layer and head: the scaled scores before softmax,
 * where every later position holds −∞, and the weights after it, where those become exactly 0.
 */
import {
  ColorLegend,
  Formula,
  MatrixGrid,
  divergingScale,
  maxAbsOf,
  sequentialScale,
} from '../../components';
import type { Tensor } from '../../engine';
import { checkCausalMask, headBlock } from './headSlice';
import './decoding.css';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText } from '../../i18n';

export interface CausalMaskFigureProps {
  /** dec.{l}.self.scaled (h, T, T). */
  scaled: Tensor;
  /** dec.{l}.self.weights (h, T, T). */
  weights: Tensor;
  layer: number;
  head: number;
  /** The decoder's input at each step; one row and one column each. */
  inputTokens: readonly string[];
  step: number;
}

/** Above this many positions the numbers no longer fit inside the cells: colours only. */
const MOST_NUMBERED_POSITIONS = 10;

export function CausalMaskFigure(props: CausalMaskFigureProps) {
  const { layer, head, inputTokens, step } = props;
  const text = useText().decoding;
  const n = inputTokens.length;
  const before = headBlock(props.scaled, head, n, n);
  const after = headBlock(props.weights, head, n, n);
  const check = checkCausalMask(before, after, n);
  const scoreScale = divergingScale(maxAbsOf(before));
  const weightScale = sequentialScale(1);
  const showNumbers = n <= MOST_NUMBERED_POSITIONS;
  const where = text.where(layer + 1, head + 1);
  return (
    <ExportableFigure
      name={(words) =>
        figureFileName(
          words.decoding.file.causalMask,
          words.decoding.file.decoderLayer(layer + 1),
          words.decoding.file.head(head + 1),
        )
      }
      caption={text.maskCaption(where)}
    >
      <div className="decoding-mask" data-testid="causal-mask">
        <Formula
          display
          tex={String.raw`\mathrm{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}} + M\right)V,\qquad M_{ij} = \begin{cases} 0 & j \le i \\ -\infty & j > i \end{cases}`}
        />
        <div className="decoding-mask-pair">
          <div>
            <MatrixGrid
              values={before}
              rows={n}
              cols={n}
              caption={text.beforeSoftmax(where, n)}
              rowLabels={inputTokens}
              colLabels={inputTokens}
              scale={scoreScale}
              showNumbers={showNumbers}
              selectedRow={step}
              maxWidth={400}
              withNumbers
            />
            <ColorLegend scale={scoreScale} caption={text.scoreLegend} />
          </div>
          <div>
            <MatrixGrid
              values={after}
              rows={n}
              cols={n}
              caption={text.afterSoftmax(where, n)}
              rowLabels={inputTokens}
              colLabels={inputTokens}
              scale={weightScale}
              showNumbers={showNumbers}
              selectedRow={step}
              maxWidth={400}
              withNumbers
            />
            <ColorLegend scale={weightScale} caption={text.weightLegend} />
          </div>
        </div>
        <p className="decoding-note" data-testid="mask-check">
          {text.maskCheck(check.minusInfinity, check.future, check.zeros, step + 1)}
        </p>
      </div>
    </ExportableFigure>
  );
}
