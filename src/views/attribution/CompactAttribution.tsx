/**
 * A compact "Which words decided this word?" for a section where the reader chooses an output
 * word: for that word, the source words two methods credit most, as a small strip of bars, and a
 * button to the full section with the word picked. It reads the same attributions as the full
 * section (one worker request, the page's store), and asks for its word only while on screen.
 */
import { useEffect, useState } from 'react';
import { selectAttributionTarget, useStore } from '../../store';
import { formatValue } from '../../components/format';
import { SideScroller } from '../../components/figure';
import type { CompletedRun } from '../../worker/runTypes';
import { sectionTitle, useText } from '../../i18n';
import { errorText } from '../../i18n/errorText';
import { useFigureStore } from '../figureStore';
import { compactRows, shouldPick } from './compact';
import { barLengths } from './layout';
import { WHICH_WORDS_DECIDED } from './index';
import './attribution.css';
import './compact.css';

/**
 * Whether the element given to the returned ref is in the viewport (always, where the browser
 * cannot tell). A callback ref: the element appears only once there is a run to draw.
 */
function useOnScreen(): [boolean, (element: HTMLElement | null) => void] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [onScreen, setOnScreen] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) =>
      setOnScreen(entries.some((entry) => entry.isIntersecting)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [onScreen, setElement];
}

export interface CompactAttributionProps {
  /** The chosen output word. */
  position: number;
  /** The run the host figure draws; by default the section's. */
  run?: CompletedRun | null;
}

export function CompactAttribution({ position, run: given }: CompactAttributionProps) {
  const [onScreen, root] = useOnScreen();
  const sectionRun = useFigureStore((state) => state.lastGood);
  const attribution = useFigureStore((state) => state.attribution);
  const run = given ?? sectionRun;
  // Only the page's own run is attributed: in the comparison, the second sentence's is another.
  const ownRun = useStore((state) => run !== null && run === state.lastGood);
  const target = useStore((state) => selectAttributionTarget(state)?.position ?? null);
  const pick = useStore((state) => state.pickAttributionWord);
  const catalogue = useText();
  const text = catalogue.attribution;

  useEffect(() => {
    if (shouldPick({ onScreen, ownRun, position, target })) pick(position);
  }, [onScreen, ownRun, position, target, pick]);

  if (!run) return null;
  const { sourceTokens, outputTokens } = run.result;
  const word = outputTokens[position] ?? '';
  const current = attribution.runId === run.id && attribution.position === position;
  const rows = current ? compactRows(attribution.methods) : [];
  const openFull = () => {
    pick(position);
    document.getElementById(WHICH_WORDS_DECIDED.id)?.scrollIntoView({ block: 'start' });
  };
  const caption = text.compactCaption(word);
  return (
    <div ref={root} className="compact-attr" data-testid="compact-attribution" data-word={word}>
      {!ownRun ? (
        <p className="attr-muted">{text.compactOtherRun}</p>
      ) : rows.length === 0 && current && attribution.status === 'failed' ? (
        <p className="attr-muted" role="status">
          {(attribution.error && errorText(attribution.error, catalogue.errors)) ??
            text.compactFailed(word)}
        </p>
      ) : rows.length === 0 ? (
        <p className="attr-muted" role="status">
          {text.compactWorking(word)}
        </p>
      ) : (
        <SideScroller label={caption}>
          <table className="compact-attr-strip">
            <caption>{caption}</caption>
            <tbody>
              {rows.map((row) => {
                const lengths = barLengths(row.values);
                return (
                  <tr
                    key={row.method}
                    data-method={row.method}
                    data-strongest={sourceTokens[row.strongest]}
                  >
                    <th scope="row">
                      {text.compactRow(
                        text.shortMethods[row.method as keyof typeof text.shortMethods],
                        sourceTokens[row.strongest],
                      )}
                    </th>
                    {Array.from(row.values, (value, s) => (
                      <td
                        key={s}
                        className={s === row.strongest ? 'compact-attr-top' : undefined}
                        data-value={value}
                        title={text.scored(sourceTokens[s], value)}
                      >
                        <span className="compact-attr-track" aria-hidden="true">
                          <span
                            className="compact-attr-bar"
                            style={{ height: `${Math.round(lengths[s] * 100)}%` }}
                          />
                        </span>
                        <span className="compact-attr-word">{sourceTokens[s]}</span>
                        <span className="attr-sr">{formatValue(value)}</span>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </SideScroller>
      )}
      {ownRun && (
        <button type="button" className="compact-attr-link" onClick={openFull}>
          {text.seeEveryMethod(word, sectionTitle(catalogue, WHICH_WORDS_DECIDED.id))}
        </button>
      )}
    </div>
  );
}
