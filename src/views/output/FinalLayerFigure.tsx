/**
 * The final Linear and Softmax layer at one decoding step: the decoder's output vector at that
 * position, its logits over the whole vocabulary, their softmax, the argmax and its word, the top
 * words as bars and every other word on demand.
 */
import { useMemo } from 'react';
import {
  ColorLegend,
  Formula,
  NumbersTable,
  VectorCells,
  divergingScale,
  formatValue,
  maxAbsOf,
  sequentialScale,
} from '../../components';
import { NEVER_CHOSEN } from '../../engine';
import { rankWords, massOf } from './distribution';
import { TopWordsChart } from './TopWordsChart';
import { WordSearch } from './WordSearch';
import './output.css';
import { ExportableFigure, figureFileName, SideScroller } from '../../components/figure';

export interface FinalLayerFigureProps {
  /** Row `step` of dec.{L−1}.norm3: the decoder stack's output at this position (d_model). */
  decoderOutput: Float32Array;
  /** Row `step` of out.logits and of out.probs (V). */
  logits: Float32Array;
  probs: Float32Array;
  vocabulary: readonly string[];
  step: number;
  /** The most probable word as the trace's step lists it. */
  argmaxId: number;
  /** The word the decoder took. */
  chosenId: number;
  /** Index of the last decoder layer, for naming where the vector comes from. */
  lastLayer: number;
  topCount?: number;
}

export function FinalLayerFigure(props: FinalLayerFigureProps) {
  const { decoderOutput, logits, probs, vocabulary, step, argmaxId, chosenId } = props;
  const topCount = props.topCount ?? 10;
  const ranked = useMemo(() => rankWords(logits, probs, vocabulary), [logits, probs, vocabulary]);
  const d = decoderOutput.length;
  const vocab = logits.length;
  const logitScale = divergingScale(maxAbsOf(logits));
  const probScale = sequentialScale(probs[argmaxId]);
  const word = (id: number) => vocabulary[id] ?? `#${id}`;
  const top = ranked.slice(0, topCount);
  return (
    <ExportableFigure
      name={figureFileName('final-linear-softmax', `step ${step + 1}`, word(argmaxId))}
      caption={`The final Linear and softmax at step ${step + 1}: the decoder's output vector, its ${vocab} logits, their probabilities, and the chosen word “${word(chosenId)}”.`}
    >
      <div className="output-figure" data-testid="final-layer">
        <h3>1. The decoder's output at position {step + 1}</h3>
        <SideScroller label="The decoder's output vector">
          <VectorCells
            values={decoderOutput}
            label="y"
            name={`dec.${props.lastLayer}.norm3[${step}]`}
            maxWidth={640}
            ariaLabel={`The decoder stack's output vector at position ${step + 1}: ${d} numbers`}
          />
        </SideScroller>
        <NumbersTable
          caption={`Decoder output at position ${step + 1}  [1 × ${d}]`}
          values={decoderOutput}
        />

        <h3>2. Linear: one score (logit) per word of the vocabulary</h3>
        <Formula
          display
          tex={String.raw`\text{logits} = y\,W + b, \qquad [1 \times ${d}] \cdot [${d} \times ${vocab}] \to [1 \times ${vocab}]`}
        />
        <SideScroller label="The logits, one per word">
          <VectorCells
            values={logits}
            label="logits"
            highlight={argmaxId}
            compact
            maxWidth={640}
            ariaLabel={`Logits over all ${vocab} words; the largest is ${formatValue(logits[argmaxId])} for “${word(argmaxId)}”`}
          />
        </SideScroller>
        <ColorLegend scale={logitScale} caption="logit (orange: above 0, purple: below)" />

        <h3>3. Softmax: the logits become probabilities that sum to 1</h3>
        <Formula
          display
          tex={String.raw`p_i = \frac{e^{\text{logit}_i}}{\sum_{j=1}^{${vocab}} e^{\text{logit}_j}}`}
        />
        <SideScroller label="The probabilities, one per word">
          <VectorCells
            values={probs}
            label="p"
            highlight={argmaxId}
            compact
            scale={probScale}
            maxWidth={640}
            ariaLabel={`Probabilities over all ${vocab} words; the largest is ${formatValue(probs[argmaxId])}`}
          />
        </SideScroller>
        <ColorLegend scale={probScale} caption="probability (scale up to the largest)" />

        <p className="output-argmax" data-testid="argmax">
          argmax = index <strong>{argmaxId}</strong> → “<strong>{word(argmaxId)}</strong>”,
          probability {formatValue(probs[argmaxId])} (log-probability{' '}
          {formatValue(Math.log(probs[argmaxId]))}).
        </p>
        {NEVER_CHOSEN.includes(ranked[0].id) && (
          <p className="output-note" data-testid="never-written">
            The largest probability, {formatValue(ranked[0].prob)}, goes to “{ranked[0].word}”. A
            decoder never writes &lt;pad&gt; (it only fills out batches in training) or &lt;bos&gt;
            (it only starts the output), so the argmax is taken over the other words.
          </p>
        )}
        {chosenId !== argmaxId && (
          <p className="output-note" data-testid="chosen-differs">
            Beam search took “{word(chosenId)}” (index {chosenId}) here instead, probability{' '}
            {formatValue(probs[chosenId])}: it keeps the sentences with the best total score, not
            the best word of each step.
          </p>
        )}

        <h3>The {top.length} most probable words</h3>
        <TopWordsChart words={top} chosenId={chosenId} />
        <p className="output-note">
          These {top.length} words hold {formatValue(massOf(ranked, topCount) * 100)}% of the
          probability; the other {vocab - top.length} share the rest.
        </p>
        <WordSearch words={ranked} chosenId={chosenId} />
      </div>
    </ExportableFigure>
  );
}
