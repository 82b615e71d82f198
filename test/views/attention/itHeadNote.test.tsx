// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelConfig } from '../../../src/engine/model/config';
import { ItHeadNote } from '../../../src/views/attention/ItHeadNote';
import { readItHead } from '../../../src/worker/itHeadInfo';

const shipped = JSON.parse(
  readFileSync('public/models/en-fr/config.json', 'utf8'),
) as ModelConfig & {
  training: Record<string, unknown>;
};

describe("the 'it' head as config.json describes it", () => {
  afterEach(cleanup);
  it('reads the shipped model: its guided head, its figures and its head dropout', () => {
    const info = readItHead(shipped, shipped);
    expect(info).not.toBeNull();
    expect(info?.guided).toBe(true);
    expect(info?.headDropout).toBe(shipped.training.headDropout ?? 0);
  });

  it('says on the page that other heads were switched off in training, and how often', () => {
    const json = { ...shipped, training: { ...shipped.training, headDropout: 0.2 } };
    const info = readItHead(json, shipped);
    expect(info?.headDropout).toBe(0.2);
    if (!info) throw new Error('config.json gave no "it" head');
    render(<ItHeadNote itHead={info} onShow={() => {}} />);
    expect(screen.getByTestId('it-head-note').textContent).toMatch(
      /switched off at random, for about one sentence in 5, and the guided heads never were/,
    );
  });

  it('says nothing of head dropout when training used none, or gave a value out of range', () => {
    for (const headDropout of [0, 1, -0.1, 'a lot']) {
      const json = { ...shipped, training: { ...shipped.training, headDropout } };
      const info = readItHead(json, shipped);
      expect(info?.headDropout).toBe(0);
      if (!info) throw new Error('config.json gave no "it" head');
      const { container, unmount } = render(<ItHeadNote itHead={info} onShow={() => {}} />);
      expect(container.textContent).not.toMatch(/switched off at random/);
      unmount();
    }
  });
});
