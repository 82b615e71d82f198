/**
 * "Where is il/elle decided?": for the post's "it" sentence and its twin (too tired / too wide),
 * the worker translates both, finds the pronoun, and switches off every head and every attention
 * sublayer in turn to see which moves the choice between "il" and "elle". Shown side by side,
 * with a sentence that says where this model carries the choice, and a switch for each head named.
 */
import { useStore } from '../../store';
import type { TwinDecision } from '../../engine';
import type { AblatedHead } from '../../engine';
import { NumbersTable } from '../../components/NumbersTable';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { formatValue } from '../../components/format';
import { useFigureStore } from '../figureStore';
import type { DecisionTwinWords } from '../../worker/decision';
import {
  decisionHeadName,
  decisionSentences,
  divergingBars,
  strongestHeads,
  sublayerName,
  type DivergingBar,
} from './decisionLayout';

const WORDS: [string, string] = ['il', 'elle'];
const SHOWN_HEADS = 6;

/** Bars that grow left toward "elle" and right toward "il"; a head's bar is also its switch. */
function Bars({ bars, heads }: { bars: DivergingBar[]; heads?: AblatedHead[] }) {
  const ablated = useFigureStore((state) => state.ablatedHeads);
  const toggleHead = useStore((state) => state.toggleHead);
  return (
    <ul className="decision-bars">
      {bars.map((bar, i) => {
        const head = heads?.[i];
        const off = head
          ? ablated.some(
              (a) => a.kind === head.kind && a.layer === head.layer && a.head === head.head,
            )
          : false;
        const track = (
          <span className="decision-track" aria-hidden="true">
            <span className="decision-half decision-half-second">
              {!bar.towardFirst && (
                <span
                  className="decision-bar"
                  style={{ width: `${Math.round(bar.share * 100)}%` }}
                />
              )}
            </span>
            <span className="decision-half">
              {bar.towardFirst && (
                <span
                  className="decision-bar"
                  style={{ width: `${Math.round(bar.share * 100)}%` }}
                />
              )}
            </span>
          </span>
        );
        const text = `${bar.label}: ${formatValue(bar.value)}`;
        return (
          <li key={bar.label} className="decision-row" data-shift={bar.value}>
            <span className="decision-label">{text}</span>
            {track}
            {head && (
              <button
                type="button"
                className="attr-choice"
                aria-pressed={off}
                aria-label={`${off ? 'Switch on' : 'Switch off'} ${decisionHeadName(head)}`}
                onClick={() => toggleHead(head)}
              >
                {off ? 'switched off' : 'switch off'}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Twin({ twin, words }: { twin: TwinDecision; words: DecisionTwinWords }) {
  const heads = strongestHeads(twin, SHOWN_HEADS);
  const headLabels = heads.map(
    (h) =>
      `${h.kind === 'enc' ? 'enc' : h.kind === 'dec-self' ? 'dec self' : 'enc-dec'} ${h.layer + 1}.${h.head + 1}`,
  );
  const sublayerLabels = twin.sublayers.map(sublayerName);
  const source = words.source;
  return (
    <section
      className="decision-twin"
      aria-label={`The sentence with “${words.cue}”`}
      data-testid="decision-twin"
    >
      <h4>“… too {words.cue}”</h4>
      <p lang="fr">
        {words.output.map((word, i) => (
          <span key={i} className={i === twin.step ? 'decision-pronoun' : undefined}>
            {word}{' '}
          </span>
        ))}
      </p>
      <p
        className="decision-odds"
        data-first={twin.firstProbability}
        data-second={twin.secondProbability}
      >
        p(il) = {formatValue(twin.firstProbability)}, p(elle) ={' '}
        {formatValue(twin.secondProbability)}
      </p>
      <p className="attr-muted decision-legend">
        Blue bars, to the left: toward “elle”. Dark bars, to the right: toward “il”. Lengths are
        changes in log p(il) − log p(elle).
      </p>
      <p className="attr-muted">
        Heads that move the choice most when switched off alone (“enc-dec 2.8” is encoder-decoder
        attention, layer 2, head 8):
      </p>
      <Bars
        bars={divergingBars(
          headLabels,
          heads.map((h) => h.shift),
        )}
        heads={heads}
      />
      <p className="attr-muted">Whole sublayers switched off (all their heads):</p>
      <Bars
        bars={divergingBars(
          sublayerLabels,
          twin.sublayers.map((s) => s.shift),
        )}
      />
      <p className="attr-muted">Source words (gradient × input):</p>
      <Bars
        bars={divergingBars(
          source.map((w, i) => `${i + 1}. ${w}`),
          twin.saliency,
        )}
      />
      <NumbersTable
        caption={`Change in log p(il) − log p(elle) for “${words.cue}”, each head switched off alone`}
        values={twin.heads.map((h) => h.shift)}
        cols={1}
        rowLabels={twin.heads.map(decisionHeadName)}
        colLabels={['change toward il (+) or elle (−)']}
      />
      <NumbersTable
        caption={`Change in log p(il) − log p(elle) for “${words.cue}”, each sublayer switched off`}
        values={twin.sublayers.map((s) => s.shift)}
        cols={1}
        rowLabels={sublayerLabels}
        colLabels={['change toward il (+) or elle (−)']}
      />
      <NumbersTable
        caption={`Gradient × input of log p(il) − log p(elle) over the source words, “${words.cue}”`}
        values={twin.saliency}
        cols={1}
        rowLabels={source}
        colLabels={['toward il (+) or elle (−)']}
      />
    </section>
  );
}

export function DecisionFigure() {
  const modelKey = useStore((state) => state.modelKey);
  const decision = useStore((state) => state.decision);
  const ask = useStore((state) => state.askDecision);
  const current = decision.modelKey === modelKey ? decision : null;
  const outcome = current?.status === 'done' ? current.outcome : null;
  return (
    <section className="decision" aria-labelledby="decision-title" data-testid="decision-figure">
      <h3 id="decision-title">Where is “il” or “elle” decided?</h3>
      <p>
        “The animal didn’t cross the street because it was too tired”: here “it” is the animal, and
        the French says “il”. Change “tired” to “wide” and “it” is the street, so “elle”. The model
        must choose between the two at one word of its translation. Here it translates both
        sentences, then switches off every head and every attention sublayer in turn, and measures
        how far each pushes the choice toward the other pronoun. A bar to the right pushes toward
        “il”, to the left toward “elle”.
      </p>
      {!current && (
        <button type="button" className="attr-choice" onClick={() => ask(modelKey)}>
          Find where this model decides
        </button>
      )}
      {current && current.status !== 'done' && (
        <p role="status">Switching off each head in turn, for both sentences…</p>
      )}
      {outcome?.kind === 'nothingToDecide' && <p role="note">{outcome.reason}</p>}
      {outcome?.kind === 'failed' && <p role="alert">{outcome.error.message}</p>}
      {outcome?.kind === 'located' && (
        <>
          <div className="decision-answer" role="status" data-testid="decision-sentence">
            {decisionSentences(
              outcome.decision,
              outcome.twins.map((t) => t.cue),
              WORDS,
            ).map((s) => (
              <p key={s}>{s}</p>
            ))}
          </div>
          <ExportableFigure
            name={figureFileName('where il or elle is decided', ...outcome.twins.map((t) => t.cue))}
            caption={`Where this model decides between “il” and “elle”: ${outcome.twins
              .map((t) => `“too ${t.cue}”`)
              .join(' and ')}, each head and sublayer switched off in turn`}
          >
            <div className="decision-twins">
              {outcome.decision.twins.map((twin, i) => (
                <Twin key={i} twin={twin} words={outcome.twins[i]} />
              ))}
            </div>
          </ExportableFigure>
          <p className="attr-muted">
            Computed in {formatValue(outcome.computeMs)} ms in the worker. “Switch off” switches
            that head off for the whole page, so the translation above changes with it.
          </p>
        </>
      )}
    </section>
  );
}
