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
import { useText } from '../../i18n';
import './decoding.css';
import './beam.css';

const BEAM_SIZES = [1, 2, 3, 4, 5, 6, 8];

export function BeamSection() {
  const decoding = useFigureStore((s) => s.decoding);
  const setDecoding = useFigureStore((s) => s.setDecoding);
  const result = useFigureStore((s) => s.lastGood?.result ?? null);
  const words = useTargetWords();
  const text = useText().decoding;
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
      <p>{text.beamIntro}</p>
      <p className="decoding-note">{text.beamScore(BEAM_LENGTH_PENALTY)}</p>
      <fieldset className="decoding-beam-controls">
        <legend>{text.decodingChoice}</legend>
        <label>
          <input
            type="radio"
            name="beam-section-decoding"
            checked={decoding.kind === 'greedy'}
            onChange={() => setDecoding({ kind: 'greedy' })}
          />{' '}
          {text.greedy}
        </label>
        <label>
          <input
            type="radio"
            name="beam-section-decoding"
            checked={decoding.kind === 'beam'}
            onChange={() => setDecoding(beamSearch(beamSize, returnBeams))}
          />{' '}
          {text.beamSearch}
        </label>
        <label>
          {text.beamSize}{' '}
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
          {text.returned}{' '}
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
        <p className="decoding-note">{text.beamWaiting}</p>
      ) : !beam ? (
        <p className="decoding-note" data-testid="beam-off">
          {text.beamOff(result.outputTokens.join(' '))}
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
