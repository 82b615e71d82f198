/**
 * The loss of one sentence pair: at each position of the reference translation, the target
 * distribution (one-hot or label-smoothed) beside each model's predicted distribution, and the
 * cross-entropy between them, per position and in total.
 */
import { useId, useMemo, useState } from 'react';
import { ColorLegend, Heatmap, sequentialScale } from '../../components';
import { useText } from '../../i18n';
import { LossTable } from './LossTable';
import { columnsWorthShowing, lossPerPosition, oneHot, smoothedTarget } from './targets';
import './training-recap.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

export interface ScoredModel {
  key: string;
  /** "Trained model", "Untrained model (seeded random weights)". */
  label: string;
  /** (rows ≥ reference length, V): row t is the distribution for reference word t. */
  probs: Float32Array;
}

export interface LossFigureProps {
  /** The reference translation, one word per position, <eos> included. */
  referenceTokens: readonly string[];
  referenceIds: ArrayLike<number>;
  vocabulary: readonly string[];
  models: readonly ScoredModel[];
  smoothing: number;
}

/** Each position's most probable words shown in the compact view, besides the target words. */
const TOP_PER_ROW = 2;
/**
 * Widest a heatmap's cells may be: each heatmap gets a line of its own at any width, so it can
 * use most of the column, leaving room for the row labels.
 */
const GRID_WIDTH = 760;
/** Cells wide enough for a number as formatValue writes it ("0.00012", "-0.416") at 11 px. */
const NUMBERED_CELL = 48;
/** Most columns written with their numbers: at NUMBERED_CELL each, they still fit GRID_WIDTH. */
const MOST_NUMBERED = Math.floor(GRID_WIDTH / (NUMBERED_CELL + 1));

export function LossFigure(props: LossFigureProps) {
  const { referenceTokens, referenceIds, vocabulary, models, smoothing } = props;
  const vocab = vocabulary.length;
  const positions = referenceTokens.length;
  const [smoothed, setSmoothed] = useState(true);
  const [allWords, setAllWords] = useState(false);
  const groupId = useId();
  const text = useText().trainingRecap;
  const columns = useMemo(
    () =>
      allWords
        ? Array.from({ length: vocab }, (_, id) => id)
        : // The first model's favourites only: an untrained twin's are noise, and would crowd
          // the columns.
          columnsWorthShowing(
            referenceIds,
            models.slice(0, 1).map((m) => m.probs),
            vocab,
            TOP_PER_ROW,
          ),
    [allWords, vocab, referenceIds, models],
  );
  const pick = (rowOf: (t: number) => ArrayLike<number>) => {
    const values = new Float32Array(positions * columns.length);
    for (let t = 0; t < positions; t++) {
      const full = rowOf(t);
      columns.forEach((id, c) => (values[t * columns.length + c] = full[id]));
    }
    return values;
  };
  const targetRow = (t: number) =>
    smoothed ? smoothedTarget(referenceIds[t], vocab, smoothing) : oneHot(referenceIds[t], vocab);
  const columnWords = columns.map((id) => `${vocabulary[id]} ${id}`);
  const rowWords = referenceTokens.map((w, t) => `${t + 1}: ${w}`);
  const scale = sequentialScale(1);
  const targetName = text.targetName(smoothed, smoothing);
  const numbered = !allWords && columns.length <= MOST_NUMBERED;

  return (
    <ExportableFigure
      name={(words) =>
        figureFileName(
          words.trainingRecap.lossFileName,
          words.trainingRecap.lossFileTarget(smoothed),
          words.trainingRecap.lossFileWhat,
        )
      }
      caption={text.lossCaption(targetName, referenceTokens.join(' '))}
    >
      <div className="recap-loss" data-testid="loss-figure">
        <div className="recap-controls" role="group" aria-labelledby={groupId}>
          <span id={groupId}>{text.targetLead}</span>
          <button type="button" aria-pressed={!smoothed} onClick={() => setSmoothed(false)}>
            {text.oneHotButton}
          </button>
          <button type="button" aria-pressed={smoothed} onClick={() => setSmoothed(true)}>
            {text.smoothedButton(smoothing)}
          </button>
          <span>{text.columnsLead}</span>
          <button type="button" aria-pressed={!allWords} onClick={() => setAllWords(false)}>
            {text.wordsThatMatter}
          </button>
          <button type="button" aria-pressed={allWords} onClick={() => setAllWords(true)}>
            {text.allWords(vocab)}
          </button>
        </div>
        <p className="recap-note">
          {allWords
            ? text.allColumns(vocab)
            : text.someColumns(columns.length, vocab, TOP_PER_ROW, models.length)}
        </p>
        <div className="recap-loss-grids">
          <div data-testid="target-distributions">
            <h3>{text.targetHeading}</h3>
            <Heatmap
              values={pick(targetRow)}
              rowTokens={rowWords}
              colTokens={columnWords}
              caption={text.targetGrid(targetName, positions, columns.length)}
              scale={scale}
              showNumbers={numbered}
              cellSize={numbered ? NUMBERED_CELL : undefined}
              maxWidth={GRID_WIDTH}
              withNumbers
            />
          </div>
          {models.map((model) => (
            <div key={model.key} data-testid={`model-${model.key}`}>
              <h3>{model.label}</h3>
              <Heatmap
                values={pick((t) => model.probs.subarray(t * vocab, (t + 1) * vocab))}
                rowTokens={rowWords}
                colTokens={columnWords}
                caption={text.predictedGrid(positions, columns.length)}
                scale={scale}
                showNumbers={numbered}
                cellSize={numbered ? NUMBERED_CELL : undefined}
                maxWidth={GRID_WIDTH}
                withNumbers
              />
            </div>
          ))}
        </div>
        <ColorLegend scale={scale} caption={text.probability} />
        {models.map((model) => (
          <div key={model.key} className="recap-model">
            <h3>{text.lossHeading(model.label)}</h3>
            <LossTable
              losses={lossPerPosition(referenceIds, model.probs, vocab, smoothing)}
              referenceTokens={referenceTokens}
              smoothing={smoothing}
              emphasis={smoothed ? 'smoothed' : 'oneHot'}
            />
          </div>
        ))}
      </div>
    </ExportableFigure>
  );
}
