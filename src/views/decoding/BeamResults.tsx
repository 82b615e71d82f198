/** The translations beam search returned, ranked, with greedy decoding's beside them. */
import { formatValue } from '../../components';
import type { ReturnedHypothesis, ScoredTranslation } from './beamSummary';
import './decoding.css';
import './beam.css';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText } from '../../i18n';

export interface BeamResultsProps {
  hypotheses: readonly ReturnedHypothesis[];
  /** Greedy decoding's translation of the same sentence, when known. */
  greedy: ScoredTranslation | null;
}

function Numbers({ translation }: { translation: ScoredTranslation }) {
  return (
    <>
      <td data-value={translation.logProb}>{formatValue(translation.logProb)}</td>
      <td>{translation.length}</td>
      <td data-value={translation.score}>{formatValue(translation.score)}</td>
    </>
  );
}

export function BeamResults({ hypotheses, greedy }: BeamResultsProps) {
  const text = useText().decoding;
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((token, i) => token === b[i]);
  const greedyRank = greedy ? hypotheses.findIndex((h) => same(h.tokens, greedy.tokens)) : -1;
  return (
    <ExportableFigure
      name={(words) =>
        figureFileName(words.decoding.file.beamSearch, words.decoding.file.translations)
      }
      caption={text.resultsFigure}
    >
      <table className="decoding-beams" data-testid="beam-results">
        <caption>{text.resultsTable}</caption>
        <thead>
          <tr>
            <th scope="col">{text.columns.rank}</th>
            <th scope="col">{text.columns.translation}</th>
            <th scope="col">{text.columns.logProbability}</th>
            <th scope="col">{text.columns.length}</th>
            <th scope="col">{text.columns.score}</th>
          </tr>
        </thead>
        <tbody>
          {hypotheses.map((h, rank) => (
            <tr key={h.nodeId} data-node-id={h.nodeId}>
              <th scope="row">{rank + 1}</th>
              <td className="decoding-beams-words">
                {h.tokens.join(' ')}
                {h.status !== 'finished' && (
                  <span className="decoding-note">{text.unfinished}</span>
                )}
              </td>
              <Numbers translation={h} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="greedy-row">
            <th scope="row">{text.greedyRow}</th>
            {greedy ? (
              <>
                <td className="decoding-beams-words">
                  {greedy.tokens.join(' ')}
                  <span className="decoding-note">
                    {text.greedyAmongBeams(greedyRank >= 0 ? greedyRank + 1 : null)}
                  </span>
                </td>
                <Numbers translation={greedy} />
              </>
            ) : (
              <td colSpan={4} className="decoding-note">
                {text.greedyMissing}
              </td>
            )}
          </tr>
        </tfoot>
      </table>
    </ExportableFigure>
  );
}
