/**
 * The alignment scoreboard: every encoder-decoder head scored against the gold alignment, over
 * the test split (as training measured it) and over the sentence on screen (from this run's
 * attention weights). Each head is also its switch, the same as the switches beside the maps.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { ExportableFigure, figureFileName } from '../../components/figure';
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

const headText = (row: ScoreboardRow) =>
  row.head === 'mean'
    ? `decoder layer ${row.layer + 1}, heads averaged`
    : `decoder layer ${row.layer + 1}, head ${row.head + 1}`;

export function AlignmentScoreboard() {
  const { run, languages, decoderLayers, heads, testSplit, ablated } = useScoreboardView();
  const toggleHead = useStore((state) => state.toggleHead);
  const [tableOpen, setTableOpen] = useState(false);
  if (!run || !languages || decoderLayers === 0) return null;
  const { sourceTokens, outputTokens } = run.result;
  const gold = goldAlignmentOf(sourceTokens, outputTokens, languages);
  const live = liveAlignment(run.trace, decoderLayers, gold, outputTokens.length);
  const rows = scoreboardRows(decoderLayers, heads, testSplit, live);
  const layers = Array.from({ length: decoderLayers }, (_, l) => rows.filter((r) => r.layer === l));
  const isOff = (row: ScoreboardRow) =>
    ablated.some((a) => a.kind === 'dec-cross' && a.layer === row.layer && a.head === row.head);
  const caption = `How often each encoder-decoder head looks hardest at the gold-aligned source word: ${testSplit ? 'bars over the test split' : 'no test-split scores in this model'}${live ? ', a line for the sentence above' : ''}`;
  return (
    <div className="score-section" data-testid="alignment-scoreboard">
      <h3>An alignment scoreboard</h3>
      <p>
        A gold alignment links each output word to the source word it translates, as a person would
        draw it: “pomme” to “apple”. A head is <em>aligned with the gold word</em> for an output
        word when, while writing that word, the source word it gives the most weight to is one the
        gold alignment links to it. Each bar is the share of output words where that was so over the
        test sentences, measured when the model was trained
        {live ? '; the line across it is the same share on the sentence above' : ''}.
      </p>
      <p>
        Aligning well does not make a head the one the translation needs. The words it picks out
        reach the next word only through its values and the layers after it; another head, or the
        decoder’s own earlier words, may carry the same thing, and a head that looks elsewhere may
        carry what matters (where the sentence ends, whether “it” is il or elle). Press a head to
        switch it off and watch the translation above: that, not its score, says whether it was
        needed.
      </p>
      {!live && (
        <p className="attr-muted" data-testid="scoreboard-no-gold">
          The sentence above is not one of the post’s with its own translation, so there is no gold
          alignment to score it against: only the test split’s scores are shown.
        </p>
      )}
      <ExportableFigure name={figureFileName('attribution', 'alignment scoreboard')}>
        <figure className="attr-figure" aria-label={caption}>
          <figcaption>{caption}</figcaption>
          <p className="attr-muted">
            Blue bar and number: the test split. {live && 'Black line: the sentence above. '}A thick
            border marks each layer’s best head; a dashed one a head switched off.
          </p>
          {layers.map((layerRows, l) => (
            <div key={l} className="score-layer" role="group" aria-label={`Decoder layer ${l + 1}`}>
              <span className="score-layer-label">Decoder layer {l + 1}</span>
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
          {tableOpen ? 'Hide the scores' : 'Show the scores as a table'}
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
  const liveShare = row.live && row.live.counted > 0 ? row.live.correct / row.live.counted : null;
  const said = [
    headText(row),
    row.testSplit !== null ? `test split ${percent(row.testSplit)}` : null,
    row.live ? `this sentence ${liveText(row.live)}` : null,
    row.best ? 'the layer’s best head' : null,
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
        {row.head === 'mean' ? 'avg' : `${row.layer + 1}.${row.head + 1}`}
      </span>
      <span className="score-value" aria-hidden="true">
        {row.testSplit !== null ? percent(row.testSplit) : '–'}
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
      title={off ? 'Switched off: press to switch it back on' : 'Press to switch this head off'}
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
  return (
    <div className="cmp-numbers-scroll" tabIndex={0} role="group" aria-label={caption}>
      <table className="attr-agreement" data-testid="scoreboard-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Head</th>
            <th scope="col">Test split</th>
            {live && <th scope="col">This sentence</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.layer}.${row.head}`}>
              <th scope="row">
                {headText(row)}
                {row.best ? ' (best)' : ''}
              </th>
              <td>{row.testSplit !== null ? percent(row.testSplit) : '–'}</td>
              {live && <td>{row.live ? liveText(row.live) : '–'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
