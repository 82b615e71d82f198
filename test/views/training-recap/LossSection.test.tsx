// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initParams } from '../../../src/engine/model/params';
import { Vocabulary } from '../../../src/engine/tokenizer/vocabulary';
import { resetStore, selectLossPair, useStore } from '../../../src/store';
import { LossSection } from '../../../src/views/training-recap/LossSection';
import { LABEL_SMOOTHING } from '../../../src/views/training-recap/targets';
import type { LoadedModel } from '../../../src/worker/models';
import type { ModelInfo } from '../../../src/worker/protocol';
import { scoreReference } from '../../../src/worker/score';
import {
  SOURCE_IDS,
  SOURCE_TOKENS,
  drawnValues,
  realRun,
  showRun,
  testVocabulary,
  type RealRun,
} from '../decoding/fixtures';

const store = () => useStore.getState();
const real = realRun();
const { run } = real;
// The translation as the worker writes it: the words, without <eos>.
run.result.translation = run.result.outputTokens.filter((w) => w !== '<eos>').join(' ');
const config = real.info.config;
const vocab = config.tgtVocabSize;
const reference = [...Array.from(run.result.outputIds)];
const positions = reference.length;

/** The fixture's model as the worker holds it: seed 33's weights, the source words at their ids. */
function loadedModel(info: ModelInfo): LoadedModel {
  const source = testVocabulary(config.srcVocabSize).map((word) => word.replace('mot', 'src'));
  SOURCE_IDS.forEach((id, i) => (source[id] = SOURCE_TOKENS[i]));
  return {
    info,
    params: initParams(config, 33),
    source: new Vocabulary(source),
    target: new Vocabulary(testVocabulary(vocab)),
  };
}

/** Scores the store's loss pair with the engine, as the worker would, and hands the answer over. */
function scorePair(r: RealRun = real): { probs: Float32Array[] } {
  const pair = selectLossPair(store());
  if (!pair) throw new Error('no pair to score');
  const scored = scoreReference(loadedModel(r.info), pair.sentence, pair.reference);
  if ('code' in scored) throw new Error(scored.message);
  const probs = new Map(
    scored.packed.manifest.map((entry) => [
      entry.name,
      new Float32Array(scored.packed.bytes.buffer, entry.byteOffset, entry.length),
    ]),
  );
  const id = store().score.id + 1;
  const models = scored.models.map((m) => ({
    ...m,
    probs: {
      shape: [scored.referenceIds.length, vocab],
      data: probs.get(`${m.name}.out.probs`) ?? new Float32Array(),
    },
  }));
  act(() => {
    store().scoreStarted(id);
    store().scoreFinished({
      id,
      sentence: pair.sentence,
      reference: pair.reference,
      sourceTokens: scored.sourceTokens,
      referenceTokens: scored.referenceTokens,
      referenceIds: scored.referenceIds,
      unknownWords: scored.unknownWords,
      referenceUnknownWords: scored.referenceUnknownWords,
      models,
    });
  });
  return { probs: models.map((m) => m.probs.data) };
}

/** The per-position and total losses the table shows, read from its cells' data-value. */
function shownLosses(column: 3 | 4) {
  const table = screen.getByTestId('loss-table');
  const rows = within(table)
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-position'));
  const cell = (r: Element, i: number) =>
    Number(r.querySelectorAll('td')[i].getAttribute('data-value'));
  const footer = (name: string) => {
    const r = table.querySelector(`[data-total="${name}"]`);
    if (!r) throw new Error(`no ${name} row`);
    return Number(r.querySelectorAll('td')[column - 3].getAttribute('data-value'));
  };
  return {
    probabilities: rows.map((r) => cell(r, 2)),
    perPosition: rows.map((r) => cell(r, column)),
    sum: footer('sum'),
    mean: footer('mean'),
  };
}

/** −Σ q ln p over a row, skipping words the target gives nothing. */
function recomputed(target: number[], predicted: number[]): number {
  let loss = 0;
  for (let v = 0; v < target.length; v++)
    if (target[v] !== 0) loss -= target[v] * Math.log(predicted[v]);
  return loss;
}

let probs: Float32Array;

beforeEach(() => {
  resetStore();
  showRun(real);
  probs = scorePair().probs[0];
});
afterEach(cleanup);

describe('the loss figure', () => {
  it('takes the translation on screen as the reference of a sentence the post lacks, and says so', () => {
    render(<LossSection />);
    expect(screen.getByLabelText(/Reference translation/)).toHaveProperty(
      'value',
      run.result.translation,
    );
    expect(screen.getByTestId('reference-origin').textContent).toMatch(/model’s own translation/);
    expect(screen.getAllByRole('heading', { name: /untrained/i })).toHaveLength(2);
  });

  it('scores the reference exactly as the decoder reads it teacher-forced on the translation', () => {
    // The translation is the model's own greedy output: scoring it gives back the run's out.probs,
    // whose one more row (after <eos>) the reference does not need.
    const runProbs = run.trace.get('out.probs')?.data ?? new Float32Array();
    expect(Array.from(probs)).toEqual(Array.from(runProbs.subarray(0, positions * vocab)));
  });

  it('shows each position’s probability of its reference word as the trace holds it', () => {
    render(<LossSection />);
    const { probabilities } = shownLosses(4);
    expect(probabilities).toEqual(reference.map((id, t) => probs[t * vocab + id]));
  });

  it('gives losses that recompute exactly from the displayed distributions, smoothed and one-hot', () => {
    render(<LossSection />);
    fireEvent.click(screen.getByRole('button', { name: `all ${vocab} words` }));
    for (const smoothing of [true, false]) {
      fireEvent.click(
        screen.getByRole('button', { name: smoothing ? /^label-smoothed/ : 'one-hot' }),
      );
      const target = drawnValues(screen.getByTestId('target-distributions'));
      const predicted = drawnValues(screen.getByTestId('model-untrained'));
      expect(target).toHaveLength(positions * vocab);
      expect(predicted).toEqual(Array.from(probs.subarray(0, positions * vocab)));
      const shown = shownLosses(smoothing ? 4 : 3);
      for (let t = 0; t < positions; t++) {
        const row = (values: number[]) => values.slice(t * vocab, (t + 1) * vocab);
        expect(shown.perPosition[t]).toBeCloseTo(recomputed(row(target), row(predicted)), 12);
      }
      const sum = shown.perPosition.reduce((a, b) => a + b, 0);
      expect(shown.sum).toBeCloseTo(sum, 12);
      expect(shown.mean).toBeCloseTo(sum / positions, 12);
    }
  });

  it('draws label-smoothed targets with 1 − ε + ε/V on the reference word and ε/V elsewhere', () => {
    render(<LossSection />);
    fireEvent.click(screen.getByRole('button', { name: `all ${vocab} words` }));
    const target = drawnValues(screen.getByTestId('target-distributions'));
    reference.forEach((id, t) => {
      expect(target[t * vocab + id]).toBeCloseTo(1 - LABEL_SMOOTHING + LABEL_SMOOTHING / vocab, 6);
      expect(target[t * vocab + ((id + 1) % vocab)]).toBeCloseTo(LABEL_SMOOTHING / vocab, 7);
    });
  });

  it('shows, in the compact view, every reference word among the columns', () => {
    render(<LossSection />);
    fireEvent.click(screen.getByRole('button', { name: 'one-hot' }));
    const target = drawnValues(screen.getByTestId('target-distributions'));
    const columns = target.length / positions;
    expect(columns).toBeLessThan(vocab);
    for (let t = 0; t < positions; t++) {
      expect(target.slice(t * columns, (t + 1) * columns).filter((v) => v === 1)).toHaveLength(1);
    }
  });

  it("prefills the post's translation of a post sentence, and takes the reader's edits", () => {
    const post = realRun(undefined, 33, undefined, 2);
    post.run.result.sentence = 'i am a student';
    showRun(post);
    render(<LossSection />);
    const box = screen.getByLabelText(/Reference translation/);
    expect(box).toHaveProperty('value', 'je suis étudiant');
    expect(screen.getByTestId('reference-origin').textContent).toMatch(/post’s own translation/);
    fireEvent.change(box, { target: { value: 'je suis un étudiant' } });
    expect(selectLossPair(store())).toEqual({
      sentence: 'i am a student',
      reference: 'je suis un étudiant',
      origin: 'typed',
    });
    expect(screen.getByLabelText(/Reference translation/)).toHaveProperty(
      'value',
      'je suis un étudiant',
    );
  });

  it('puts a pair from the post in the sentence box', () => {
    render(<LossSection />);
    fireEvent.click(screen.getByRole('button', { name: 'thinking machines' }));
    expect(store().sentence).toBe('thinking machines');
  });

  it('names unknown reference words, and a suggestion fixes the reference', () => {
    act(() => store().setReference(run.result.sentence, 'mot4 mto5'));
    scorePair();
    render(<LossSection />);
    const unknown = screen.getByTestId('reference-unknown');
    expect(unknown.textContent).toContain('“mto5”');
    fireEvent.click(within(unknown).getByRole('button', { name: 'mot5' }));
    expect(selectLossPair(store())?.reference).toBe('mot4 mot5');
  });

  it('says why a reference cannot be scored, keeping the last figure greyed', () => {
    act(() => {
      store().setReference(run.result.sentence, '');
      store().scoreStarted(store().score.id + 1);
      store().scoreFailed(store().score.id, {
        code: 'empty_input',
        message: 'Type a reference translation to score it.',
      });
    });
    render(<LossSection />);
    expect(screen.getByTestId('reference-error').textContent).toBe(
      'Type a reference translation to score it.',
    );
    expect(screen.getByTestId('loss-figure').closest('.recap-stale')).not.toBeNull();
  });

  it('sets the trained model beside its untrained twin, each with its own distributions', () => {
    const trained: RealRun = { ...real, info: { ...real.info, trained: true } };
    showRun(trained);
    const [model, twin] = scorePair(trained).probs;
    render(<LossSection />);
    expect(screen.getByRole('heading', { name: 'Loss: Trained model' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: /Loss: The same model before training/ }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `all ${vocab} words` }));
    expect(drawnValues(screen.getByTestId('model-model'))).toEqual(
      Array.from(model.subarray(0, positions * vocab)),
    );
    expect(drawnValues(screen.getByTestId('model-untrained'))).toEqual(
      Array.from(twin.subarray(0, positions * vocab)),
    );
    expect(model).not.toEqual(twin);
  });
});
