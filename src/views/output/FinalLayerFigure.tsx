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
  maxAbsOf,
  sequentialScale,
} from '../../components';
import { NEVER_CHOSEN } from '../../engine';
import { rankWords, massOf } from './distribution';
import { TopWordsChart } from './TopWordsChart';
import { WordSearch } from './WordSearch';
import './output.css';
import { ExportableFigure, figureFileName, SideScroller } from '../../components/figure';
import { useText } from '../../i18n';

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
  const text = useText().output;
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
      name={(words) =>
        figureFileName(words.output.fileName, words.output.fileStep(step + 1), word(argmaxId))
      }
      caption={text.figureCaption(step + 1, vocab, word(chosenId))}
    >
      <div className="output-figure" data-testid="final-layer">
        <h3>{text.decoderOutputHeading(step + 1)}</h3>
        <SideScroller label={text.decoderOutputScroller}>
          <VectorCells
            values={decoderOutput}
            label="y"
            name={`dec.${props.lastLayer}.norm3[${step}]`}
            maxWidth={640}
            ariaLabel={text.decoderOutputLabel(step + 1, d)}
          />
        </SideScroller>
        <NumbersTable caption={text.decoderOutputTable(step + 1, d)} values={decoderOutput} />

        <h3>{text.linearHeading}</h3>
        <Formula
          display
          tex={String.raw`\text{logits} = y\,W + b, \qquad [1 \times ${d}] \cdot [${d} \times ${vocab}] \to [1 \times ${vocab}]`}
        />
        <SideScroller label={text.logitsScroller}>
          <VectorCells
            values={logits}
            label="logits"
            highlight={argmaxId}
            compact
            maxWidth={640}
            ariaLabel={text.logitsLabel(vocab, logits[argmaxId], word(argmaxId))}
          />
        </SideScroller>
        <ColorLegend scale={logitScale} caption={text.logitLegend} />

        <h3>{text.softmaxHeading}</h3>
        <Formula
          display
          tex={String.raw`p_i = \frac{e^{\text{logit}_i}}{\sum_{j=1}^{${vocab}} e^{\text{logit}_j}}`}
        />
        <SideScroller label={text.probabilitiesScroller}>
          <VectorCells
            values={probs}
            label="p"
            highlight={argmaxId}
            compact
            scale={probScale}
            maxWidth={640}
            ariaLabel={text.probabilitiesLabel(vocab, probs[argmaxId])}
          />
        </SideScroller>
        <ColorLegend scale={probScale} caption={text.probabilityLegend} />

        <p className="output-argmax" data-testid="argmax">
          {text.argmax(argmaxId, word(argmaxId), probs[argmaxId])}
        </p>
        {NEVER_CHOSEN.includes(ranked[0].id) && (
          <p className="output-note" data-testid="never-written">
            {text.neverWritten(ranked[0].prob, ranked[0].word)}
          </p>
        )}
        {chosenId !== argmaxId && (
          <p className="output-note" data-testid="chosen-differs">
            {text.chosenDiffers(word(chosenId), chosenId, probs[chosenId])}
          </p>
        )}

        <h3>{text.topHeading(top.length)}</h3>
        <TopWordsChart words={top} chosenId={chosenId} />
        <p className="output-note">
          {text.topShare(top.length, massOf(ranked, topCount), vocab - top.length)}
        </p>
        <WordSearch words={ranked} chosenId={chosenId} />
      </div>
    </ExportableFigure>
  );
}
