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
import { useText, type Catalogue } from '../../i18n';
import { useFigureStore } from '../figureStore';
import type { DecisionOutcome, DecisionTwinWords } from '../../worker/decision';
import { FIRST, SECOND } from '../../worker/decisionPronouns';
import { errorText } from '../../i18n/errorText';
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
  const text = useText().attribution;
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
        return (
          <li key={bar.label} className="decision-row" data-shift={bar.value}>
            <span className="decision-label">{text.scored(bar.label, bar.value)}</span>
            {track}
            {head && (
              <button
                type="button"
                className="attr-choice"
                aria-pressed={off}
                aria-label={text.switchLabel(off, decisionHeadName(head, text))}
                onClick={() => toggleHead(head)}
              >
                {text.switchButton(off)}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Twin({ twin, words }: { twin: TwinDecision; words: DecisionTwinWords }) {
  const text = useText().attribution;
  const heads = strongestHeads(twin, SHOWN_HEADS);
  const headLabels = heads.map((h) => `${text.headShort[h.kind]} ${h.layer + 1}.${h.head + 1}`);
  const sublayerLabels = twin.sublayers.map((s) => sublayerName(s, text));
  const source = words.source;
  return (
    <section
      className="decision-twin"
      aria-label={text.twinLabel(words.cue)}
      data-testid="decision-twin"
    >
      <h4>{text.twinHeading(words.cue)}</h4>
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
        {text.odds(twin.firstProbability, twin.secondProbability)}
      </p>
      <p className="attr-muted decision-legend">{text.decisionLegend}</p>
      <p className="attr-muted">{text.headsNote}</p>
      <Bars
        bars={divergingBars(
          headLabels,
          heads.map((h) => h.shift),
        )}
        heads={heads}
      />
      <p className="attr-muted">{text.sublayersNote}</p>
      <Bars
        bars={divergingBars(
          sublayerLabels,
          twin.sublayers.map((s) => s.shift),
        )}
      />
      <p className="attr-muted">{text.sourceNote}</p>
      <Bars
        bars={divergingBars(
          source.map((w, i) => `${i + 1}. ${w}`),
          twin.saliency,
        )}
      />
      <NumbersTable
        caption={text.headsTable(words.cue)}
        values={twin.heads.map((h) => h.shift)}
        cols={1}
        rowLabels={twin.heads.map((h) => decisionHeadName(h, text))}
        colLabels={[text.changeColumn]}
      />
      <NumbersTable
        caption={text.sublayersTable(words.cue)}
        values={twin.sublayers.map((s) => s.shift)}
        cols={1}
        rowLabels={sublayerLabels}
        colLabels={[text.changeColumn]}
      />
      <NumbersTable
        caption={text.sourceTable(words.cue)}
        values={twin.saliency}
        cols={1}
        rowLabels={source}
        colLabels={[text.towardColumn]}
      />
    </section>
  );
}

/**
 * Why there is no decision to locate, in the page's language (a model translating from French,
 * the usual case, or one lacking "il" or "elle"); the post's sentences failing to read keeps the
 * engine's own words.
 */
function noDecision(
  outcome: Extract<DecisionOutcome, { kind: 'nothingToDecide' }>,
  errors: Catalogue['errors'],
): string {
  if (outcome.why === 'fromFrench') return errors.noDecisionFromFrench;
  return outcome.why === 'words' ? errors.noDecisionWords(FIRST, SECOND) : outcome.reason;
}

export function DecisionFigure() {
  const text = useText().attribution;
  const errors = useText().errors;
  const modelKey = useStore((state) => state.modelKey);
  const decision = useStore((state) => state.decision);
  const ask = useStore((state) => state.askDecision);
  const current = decision.modelKey === modelKey ? decision : null;
  const outcome = current?.status === 'done' ? current.outcome : null;
  return (
    <section className="decision" aria-labelledby="decision-title" data-testid="decision-figure">
      <h3 id="decision-title">{text.decisionHeading}</h3>
      <p>{text.decisionIntro}</p>
      {!current && (
        <button type="button" className="attr-choice" onClick={() => ask(modelKey)}>
          {text.findDecision}
        </button>
      )}
      {current && current.status !== 'done' && <p role="status">{text.deciding}</p>}
      {outcome?.kind === 'nothingToDecide' && <p role="note">{noDecision(outcome, errors)}</p>}
      {outcome?.kind === 'failed' && <p role="alert">{errorText(outcome.error, errors)}</p>}
      {outcome?.kind === 'located' && (
        <>
          <div className="decision-answer" role="status" data-testid="decision-sentence">
            {decisionSentences(
              outcome.decision,
              outcome.twins.map((t) => t.cue),
              WORDS,
              text,
            ).map((s) => (
              <p key={s}>{s}</p>
            ))}
          </div>
          <ExportableFigure
            name={(words) =>
              figureFileName(words.attribution.file.decision, ...outcome.twins.map((t) => t.cue))
            }
            caption={text.decisionCaption(outcome.twins.map((t) => t.cue))}
          >
            <div className="decision-twins">
              {outcome.decision.twins.map((twin, i) => (
                <Twin key={i} twin={twin} words={outcome.twins[i]} />
              ))}
            </div>
          </ExportableFigure>
          <p className="attr-muted">{text.decisionComputed(outcome.computeMs)}</p>
        </>
      )}
    </section>
  );
}
