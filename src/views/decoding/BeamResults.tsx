/** The translations beam search returned, ranked, with greedy decoding's beside them. */
import { formatValue } from '../../components';
import type { ReturnedHypothesis, ScoredTranslation } from './beamSummary';
import './decoding.css';
import './beam.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

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
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((token, i) => token === b[i]);
  const greedyRank = greedy ? hypotheses.findIndex((h) => same(h.tokens, greedy.tokens)) : -1;
  return (
    <ExportableFigure
      name={figureFileName('beam-search', 'translations')}
      caption="The translations beam search returned, best score first, and greedy decoding's."
    >
      <table className="decoding-beams" data-testid="beam-results">
        <caption>Returned translations, best score first, and greedy decoding's</caption>
        <thead>
          <tr>
            <th scope="col">rank</th>
            <th scope="col">translation</th>
            <th scope="col">log-probability</th>
            <th scope="col">length</th>
            <th scope="col">score</th>
          </tr>
        </thead>
        <tbody>
          {hypotheses.map((h, rank) => (
            <tr key={h.nodeId} data-node-id={h.nodeId}>
              <th scope="row">{rank + 1}</th>
              <td className="decoding-beams-words">
                {h.tokens.join(' ')}
                {h.status !== 'finished' && <span className="decoding-note"> (unfinished)</span>}
              </td>
              <Numbers translation={h} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="greedy-row">
            <th scope="row">greedy</th>
            {greedy ? (
              <>
                <td className="decoding-beams-words">
                  {greedy.tokens.join(' ')}
                  <span className="decoding-note">
                    {greedyRank >= 0
                      ? ` (the same as beam ${greedyRank + 1})`
                      : ' (not among the returned beams)'}
                  </span>
                </td>
                <Numbers translation={greedy} />
              </>
            ) : (
              <td colSpan={4} className="decoding-note">
                Choose greedy decoding once for this sentence to see its result here.
              </td>
            )}
          </tr>
        </tfoot>
      </table>
    </ExportableFigure>
  );
}
