/**
 * The alignment scoreboard: every encoder-decoder head scored against the gold alignment, over
 * the test split (as training measured it) and over the sentence on screen (from this run's
 * attention weights). Each head is also its switch, the same as the switches beside the maps.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText, type Catalogue } from '../../i18n';
import { useFigureStore } from '../figureStore';
import { goldAlignmentOf } from './layout';
import { liveAlignment, liveText, percent, scoreboardRows, type ScoreboardRow } from './scoreboard';
import './scoreboard.css';

function useScoreboardView() {
  return useFigureStore(
    useShallow((state) => ({
      run: state.lastGood,
      languages: state.modelInfo?.languages ?? null,
      decoderLayers: state.modelInfo?.config.decoderLayers ?? 0,
      heads: state.modelInfo?.config.heads ?? 0,
      testSplit: state.modelInfo?.alignment ?? null,
      ablated: state.ablatedHeads,
    })),
  );
}

type Text = Catalogue['attribution'];

const headText = (row: ScoreboardRow, text: Text) =>
  text.scoreboardHead(row.layer + 1, row.head === 'mean' ? null : row.head + 1);

export function AlignmentScoreboard() {
  const { run, languages, decoderLayers, heads, testSplit, ablated } = useScoreboardView();
  const toggleHead = useStore((state) => state.toggleHead);
  const text = useText().attribution;
  const [tableOpen, setTableOpen] = useState(false);
  if (!run || !languages || decoderLayers === 0) return null;
  const { sourceTokens, outputTokens } = run.result;
  const gold = goldAlignmentOf(sourceTokens, outputTokens, languages);
  const live = liveAlignment(run.trace, decoderLayers, gold, outputTokens.length);
  const rows = scoreboardRows(decoderLayers, heads, testSplit, live);
  const layers = Array.from({ length: decoderLayers }, (_, l) => rows.filter((r) => r.layer === l));
  const isOff = (row: ScoreboardRow) =>
    ablated.some((a) => a.kind === 'dec-cross' && a.layer === row.layer && a.head === row.head);
  const caption = text.scoreboardCaption(testSplit !== null, live !== null);
  return (
    <div className="score-section" data-testid="alignment-scoreboard">
      <h3>{text.scoreboardHeading}</h3>
      <p>{text.scoreboardIntro(live !== null)}</p>
      <p>{text.scoreboardCaveat}</p>
      {!live && (
        <p className="attr-muted" data-testid="scoreboard-no-gold">
          {text.noGold}
        </p>
      )}
      <ExportableFigure
        name={(words) =>
          figureFileName(words.attribution.file.attribution, words.attribution.file.scoreboard)
        }
      >
        <figure className="attr-figure" aria-label={caption}>
          <figcaption>{caption}</figcaption>
          <p className="attr-muted">{text.scoreboardKey(live !== null)}</p>
          {layers.map((layerRows, l) => (
            <div key={l} className="score-layer" role="group" aria-label={text.decoderLayer(l + 1)}>
              <span className="score-layer-label">{text.decoderLayer(l + 1)}</span>
              {layerRows.map((row) => (
                <HeadScore
                  key={String(row.head)}
                  row={row}
                  off={isOff(row)}
                  onToggle={(head) => toggleHead({ kind: 'dec-cross', layer: row.layer, head })}
                />
              ))}
            </div>
          ))}
        </figure>
        <button
          type="button"
          className="cmp-numbers-toggle"
          aria-expanded={tableOpen}
          onClick={() => setTableOpen((open) => !open)}
        >
          {tableOpen ? text.hideTable : text.showTable}
        </button>
        {tableOpen && <ScoreTable rows={rows} caption={caption} live={live !== null} />}
      </ExportableFigure>
    </div>
  );
}

interface HeadScoreProps {
  row: ScoreboardRow;
  off: boolean;
  onToggle: (head: number) => void;
}

/** One head's bar (test split) and line (this sentence); a head's is also its switch. */
function HeadScore({ row, off, onToggle }: HeadScoreProps) {
  const text = useText().attribution;
  const liveShare = row.live && row.live.counted > 0 ? row.live.correct / row.live.counted : null;
  const said = [
    headText(row, text),
    row.testSplit !== null ? text.testSplitScore(percent(row.testSplit, text)) : null,
    row.live ? text.sentenceScore(liveText(row.live, text)) : null,
    row.best ? text.bestHead : null,
  ]
    .filter(Boolean)
    .join(', ');
  const inside = (
    <>
      <span className="score-track" aria-hidden="true">
        {row.testSplit !== null && (
          <span className="score-bar" style={{ height: `${Math.round(row.testSplit * 100)}%` }} />
        )}
        {liveShare !== null && (
          <span className="score-live" style={{ bottom: `${Math.round(liveShare * 100)}%` }} />
        )}
      </span>
      <span className="score-name" aria-hidden="true">
        {row.head === 'mean' ? text.averagedShort : `${row.layer + 1}.${row.head + 1}`}
      </span>
      <span className="score-value" aria-hidden="true">
        {row.testSplit !== null ? percent(row.testSplit, text) : '–'}
      </span>
      <span className="attr-sr">{said}</span>
    </>
  );
  const data = {
    'data-layer': row.layer,
    'data-head': String(row.head),
    'data-test-split': row.testSplit ?? undefined,
    'data-live-correct': row.live?.correct,
    'data-live-counted': row.live?.counted,
  };
  const head = row.head;
  if (head === 'mean') {
    return (
      <span className="score-head score-mean" {...data}>
        {inside}
      </span>
    );
  }
  return (
    <button
      type="button"
      className={row.best ? 'score-head score-best' : 'score-head'}
      aria-pressed={off}
      title={text.switchTitle(off)}
      onClick={() => onToggle(head)}
      {...data}
    >
      {inside}
    </button>
  );
}

function ScoreTable({
  rows,
  caption,
  live,
}: {
  rows: readonly ScoreboardRow[];
  caption: string;
  live: boolean;
}) {
  const text = useText().attribution;
  return (
    <div className="cmp-numbers-scroll" tabIndex={0} role="group" aria-label={caption}>
      <table className="attr-agreement" data-testid="scoreboard-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.scoreColumns.head}</th>
            <th scope="col">{text.scoreColumns.testSplit}</th>
            {live && <th scope="col">{text.scoreColumns.sentence}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.layer}.${row.head}`}>
              <th scope="row">
                {headText(row, text)}
                {row.best ? text.best : ''}
              </th>
              <td>{row.testSplit !== null ? percent(row.testSplit, text) : '–'}</td>
              {live && <td>{row.live ? liveText(row.live, text) : '–'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
