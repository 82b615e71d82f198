import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../../src/engine/io/modelFileError';
import { readSafetensors, writeSafetensors } from '../../src/engine/io/safetensors';
import { initParams } from '../../src/engine/model/params';
import { DEFAULT_LAB_SETTINGS, LAB_LIMITS, labModelConfig } from '../../src/training/labSettings';
import { buildTask } from '../../src/training/tasks';
import {
  trainedModelFromSafetensors,
  trainedModelToSafetensors,
} from '../../src/training/trainedModelFile';
import { resultOrNamedError, withinLinearTime } from './budget';

const task = buildTask(DEFAULT_LAB_SETTINGS.task, 1);
const config = labModelConfig(DEFAULT_LAB_SETTINGS.model, task);
const params = initParams(config, 3);
const saved = readSafetensors(
  trainedModelToSafetensors({
    config,
    vocabularies: { source: task.source.tokens, target: task.target.tokens },
    settings: DEFAULT_LAB_SETTINGS,
    step: 250,
    params,
  }),
  'saved',
).metadata;

/** A JSON value as a hostile file might hold: anything, or the saved one with a field changed. */
function changed(key: string): fc.Arbitrary<string> {
  const original = JSON.parse(saved[key]) as unknown;
  const field = fc.oneof(fc.anything(), fc.constantFrom(1e300, -1, 0.5, 1e9, null, 'x', [], {}));
  return fc.oneof(
    fc.constant(saved[key]),
    fc.anything().map((value) => JSON.stringify(value) ?? 'null'),
    fc.string({ maxLength: 20 }),
    typeof original === 'object' && original !== null && !Array.isArray(original)
      ? fc
          .tuple(fc.constantFrom(...Object.keys(original)), field)
          .map(([name, value]) => JSON.stringify({ ...original, [name]: value }))
      : field.map((value) => JSON.stringify(value) ?? 'null'),
  );
}

const metadata = fc.record({
  format: fc.constant(saved.format),
  config: changed('config'),
  vocab: changed('vocab'),
  lab: changed('lab'),
  step: changed('step'),
});

describe('the lab-file reader over generated files', () => {
  it('gives a model whose step and settings are bounded, or a ModelFileError (2,000 files)', () => {
    fc.assert(
      fc.property(metadata, (entries) => {
        const bytes = writeSafetensors(params, entries);
        const read = withinLinearTime(bytes.length, () =>
          resultOrNamedError(
            () => trainedModelFromSafetensors(bytes, 'mine.safetensors'),
            ModelFileError,
          ),
        );
        if (!read.ok) {
          expect(read.error.message).toMatch(/^mine\.safetensors/);
          return;
        }
        expect(read.value.step).toBeLessThanOrEqual(LAB_LIMITS.steps.max);
        expect(read.value.settings.steps).toBeLessThanOrEqual(LAB_LIMITS.steps.max);
      }),
      { numRuns: 2000 },
    );
  });

  it('says what it found when a value is an object that cannot be written as text', () => {
    const hostile = JSON.stringify({ toString: [] });
    for (const entries of [
      { ...saved, step: hostile },
      {
        ...saved,
        lab: JSON.stringify({ ...JSON.parse(saved.lab), task: { kind: { toString: [] } } }),
      },
    ]) {
      const bytes = writeSafetensors(params, entries);
      expect(() => trainedModelFromSafetensors(bytes, 'mine.safetensors')).toThrow(ModelFileError);
    }
    const bytes = writeSafetensors(params, { ...saved, step: hostile });
    expect(() => trainedModelFromSafetensors(bytes, 'mine.safetensors')).toThrow('found an object');
  });
});
