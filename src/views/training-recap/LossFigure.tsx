/**
 * The loss of one sentence pair: at each position of the reference translation, the target
 * distribution (one-hot or label-smoothed) beside each model's predicted distribution, and the
 * cross-entropy between them, per position and in total.
 */
import { useId, useMemo, useState } from 'react';
import { ColorLegend, Heatmap, sequentialScale } from '../../components';
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
  const targetName = smoothed ? `label-smoothed, ε = ${smoothing}` : 'one-hot';
  const numbered = !allWords && columns.length <= MOST_NUMBERED;

  return (
    <ExportableFigure
      name={figureFileName(
        'loss',
        smoothed ? 'label smoothed' : 'one hot',
        'targets and predictions',
      )}
      caption={`The ${targetName} target of each position of “${referenceTokens.join(' ')}” beside the model's predicted distribution, and the cross-entropy between them.`}
    >
      <div className="recap-loss" data-testid="loss-figure">
        <div className="recap-controls" role="group" aria-labelledby={groupId}>
          <span id={groupId}>Target:</span>
          <button type="button" aria-pressed={!smoothed} onClick={() => setSmoothed(false)}>
            one-hot
          </button>
          <button type="button" aria-pressed={smoothed} onClick={() => setSmoothed(true)}>
            label-smoothed (ε = {smoothing}, as trained)
          </button>
          <span>Columns:</span>
          <button type="button" aria-pressed={!allWords} onClick={() => setAllWords(false)}>
            the words that matter
          </button>
          <button type="button" aria-pressed={allWords} onClick={() => setAllWords(true)}>
            all {vocab} words
          </button>
        </div>
        <p className="recap-note">
          {allWords
            ? `All ${vocab} words of the vocabulary, by index.`
            : `${columns.length} of the ${vocab} words: every word of the reference, and each position's ${TOP_PER_ROW} most probable words under ${models.length > 1 ? 'the first model' : 'the model'}. The other words get the rest of each row's probability.`}
        </p>
        <div className="recap-loss-grids">
          <div data-testid="target-distributions">
            <h3>Target</h3>
            <Heatmap
              values={pick(targetRow)}
              rowTokens={rowWords}
              colTokens={columnWords}
              caption={`Target distributions (${targetName})  [${positions} × ${columns.length}]`}
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
                caption={`Predicted distributions  [${positions} × ${columns.length}]`}
                scale={scale}
                showNumbers={numbered}
                cellSize={numbered ? NUMBERED_CELL : undefined}
                maxWidth={GRID_WIDTH}
                withNumbers
              />
            </div>
          ))}
        </div>
        <ColorLegend scale={scale} caption="probability" />
        {models.map((model) => (
          <div key={model.key} className="recap-model">
            <h3>Loss: {model.label}</h3>
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
