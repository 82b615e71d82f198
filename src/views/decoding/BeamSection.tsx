/**
 * Greedy decoding and beam search: the controls of the search (beam size, how many translations
 * to return), the tree of every hypothesis it scored, the returned translations ranked, and
 * greedy decoding's result beside them.
 */
import type { DecodingChoice } from '../../engine';
import { BEAM_LENGTH_PENALTY } from '../../store';
import { useFigureStore } from '../figureStore';
import { useTargetWords } from '../output/targetWords';
import { BeamResults } from './BeamResults';
import { BeamTree } from './BeamTree';
import { returnedHypotheses, scoreGreedy } from './beamSummary';
import { useGreedyBeside } from './useGreedyBeside';
import './decoding.css';
import './beam.css';

const BEAM_SIZES = [1, 2, 3, 4, 5, 6, 8];

export function BeamSection() {
  const decoding = useFigureStore((s) => s.decoding);
  const setDecoding = useFigureStore((s) => s.setDecoding);
  const result = useFigureStore((s) => s.lastGood?.result ?? null);
  const words = useTargetWords();
  const greedyRun = useGreedyBeside();
  const beamSize = decoding.kind === 'beam' ? decoding.beamSize : 2;
  const returnBeams = decoding.kind === 'beam' ? decoding.returnBeams : 2;
  const beamSearch = (size: number, returned: number): DecodingChoice => ({
    kind: 'beam',
    beamSize: size,
    returnBeams: Math.min(returned, size),
    lengthPenalty: BEAM_LENGTH_PENALTY,
  });
  const beam = result?.beam ?? null;
  const greedy = greedyRun
    ? scoreGreedy(greedyRun.steps, greedyRun.tokens, BEAM_LENGTH_PENALTY)
    : null;

  return (
    <div className="decoding-section">
      <p>
        Greedy decoding keeps only the most probable word at each step and never reconsiders it. A
        word that looks best now can lead to a worse sentence later. Beam search keeps several
        unfinished translations, the beam: at each step every one of them proposes its most probable
        next words, all proposals are scored together, and only the best few survive. Finished ones
        (ending with &lt;eos&gt;) are set aside until enough have finished.
      </p>
      <p className="decoding-note">
        A hypothesis's score is its total log-probability divided by its length to the power α ={' '}
        {BEAM_LENGTH_PENALTY} (the paper's value), so that longer sentences, which multiply more
        probabilities, are not punished for their length alone. The paper used a beam of 4.
      </p>
      <fieldset className="decoding-beam-controls">
        <legend>Decoding</legend>
        <label>
          <input
            type="radio"
            name="beam-section-decoding"
            checked={decoding.kind === 'greedy'}
            onChange={() => setDecoding({ kind: 'greedy' })}
          />{' '}
          greedy
        </label>
        <label>
          <input
            type="radio"
            name="beam-section-decoding"
            checked={decoding.kind === 'beam'}
            onChange={() => setDecoding(beamSearch(beamSize, returnBeams))}
          />{' '}
          beam search
        </label>
        <label>
          beam size{' '}
          <select
            value={beamSize}
            onChange={(event) => setDecoding(beamSearch(Number(event.target.value), returnBeams))}
          >
            {BEAM_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <label>
          translations returned{' '}
          <select
            value={returnBeams}
            onChange={(event) => setDecoding(beamSearch(beamSize, Number(event.target.value)))}
          >
            {Array.from({ length: beamSize }, (_, i) => i + 1).map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {!result ? (
        <p className="decoding-note">The search appears here once a translation has run.</p>
      ) : !beam ? (
        <p className="decoding-note" data-testid="beam-off">
          This translation was decoded greedily: “{result.outputTokens.join(' ')}”. Pick beam search
          (or change the beam size) to see the hypotheses it weighs.
        </p>
      ) : (
        <>
          <BeamTree beam={beam} words={words} />
          <BeamResults hypotheses={returnedHypotheses(beam, words)} greedy={greedy} />
        </>
      )}
    </div>
  );
}
