import type { DecodingChoice } from '../engine';
import { useText } from '../i18n';
import { BEAM_LENGTH_PENALTY, useStore } from '../store';

const BEAM_SIZES = [2, 3, 4, 5, 6, 8];

const beam = (beamSize: number): DecodingChoice => ({
  kind: 'beam',
  beamSize,
  returnBeams: beamSize,
  lengthPenalty: BEAM_LENGTH_PENALTY,
});

/** Greedy decoding, or beam search with the beam size the reader picks (the paper used 4). */
export function DecodingPicker() {
  const decoding = useStore((s) => s.decoding);
  const setDecoding = useStore((s) => s.setDecoding);
  const text = useText().app;
  return (
    <fieldset className="control decoding" data-testid="decoding-picker">
      <legend>{text.decoding}</legend>
      <label>
        <input
          type="radio"
          name="decoding"
          checked={decoding.kind === 'greedy'}
          onChange={() => setDecoding({ kind: 'greedy' })}
        />{' '}
        {text.greedy}
      </label>
      <label>
        <input
          type="radio"
          name="decoding"
          checked={decoding.kind === 'beam'}
          onChange={() => setDecoding(beam(4))}
        />{' '}
        {text.beamSearch}
      </label>
      {decoding.kind === 'beam' && (
        <label>
          {text.beamSize}{' '}
          <select
            value={decoding.beamSize}
            onChange={(event) => setDecoding(beam(Number(event.target.value)))}
          >
            {BEAM_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
