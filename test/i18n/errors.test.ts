import { describe, expect, it } from 'vitest';
import { errorText, referenceErrorText } from '../../src/i18n/errorText';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { emptyInput, fetchFailed, tooLong, unknownWords } from '../../src/worker/errors';
import type { EngineError } from '../../src/worker/protocol';

const unknown = (word: string) => ({ word, position: 0, suggestions: [] });

const MADE: EngineError[] = [
  emptyInput(),
  tooLong(31, 20),
  unknownWords([unknown('zebra')]),
  unknownWords([unknown('zebra'), unknown('quokka'), unknown('x'.repeat(3000))]),
  fetchFailed('en-fr/weights.bin', 'fetch_failed', 'Failed to fetch'),
  fetchFailed('en-fr/config.json', 'not_found'),
  fetchFailed('en-fr/weights.bin', 'http_error', 'HTTP 500 Server Error'),
];

describe('an engine message in the page’s language', () => {
  it('in English is word for word the sentence the engine wrote', () => {
    for (const error of MADE) expect(errorText(error, en.errors)).toBe(error.message);
  });

  it('in French is another sentence, with the same numbers, words and file', () => {
    for (const error of MADE) {
      const french = errorText(error, fr.errors);
      expect(french).not.toBe(error.message);
      for (const detail of error.message.match(/\d+|zebra|quokka|[\w-]+\/[\w.]+/g) ?? [])
        expect(french).toContain(detail);
    }
    expect(errorText(tooLong(31, 20), fr.errors)).toBe(
      'Cette phrase compte 31 mots et signes de ponctuation\u202f; le modèle en lit au plus 20. Raccourcissez-la pour voir sa traduction.',
    );
    expect(errorText(MADE[3], fr.errors)).toContain(
      '«\u00a0zebra\u00a0», «\u00a0quokka\u00a0» et «\u00a0xxx',
    );
    expect(errorText(MADE[3], fr.errors)).toContain('(3\u202f000 caractères)');
  });

  it('after a crash says whether the engine was restarted, in either language', () => {
    const restarted: EngineError = {
      code: 'worker_crashed',
      message: en.errors.engineRestarted('out of memory'),
      why: 'out of memory',
      restarted: true,
    };
    expect(errorText(restarted, en.errors)).toBe(restarted.message);
    expect(errorText(restarted, fr.errors)).toContain('Il a été relancé');
    expect(errorText({ ...restarted, restarted: false }, fr.errors)).toContain(
      'n’a donc pas été relancé',
    );
  });

  it('keeps the engine’s own sentence where only the engine can put the details in words', () => {
    const damaged: EngineError = {
      code: 'invalid_weights',
      message: 'The model’s weights do not fit it: enc.0.wq is 64 × 63.',
      file: 'weights.bin',
      tensor: 'enc.0.wq',
      expected: [64, 64],
      found: [64, 63],
    };
    expect(errorText(damaged, fr.errors)).toBe(damaged.message);
  });
});

describe('a reference translation’s message in the page’s language', () => {
  it('names the reference, not the sentence, in both languages', () => {
    for (const error of [emptyInput(), tooLong(31, 20)]) {
      expect(referenceErrorText(error, en.errors)).toMatch(/reference/);
      const french = referenceErrorText(error, fr.errors);
      expect(french).toMatch(/référence/);
      for (const n of referenceErrorText(error, en.errors).match(/\d+/g) ?? []) {
        expect(french).toContain(n);
      }
    }
  });
});
