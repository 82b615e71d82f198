// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelConfig } from '../../../src/engine/model/config';
import { ItHeadNote, itHeadShown, NoItHeadNote } from '../../../src/views/attention/ItHeadNote';
import { readItHead, resolvesPronoun } from '../../../src/worker/itHeadInfo';

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
    render(<ItHeadNote itHead={info} onShow={() => {}} shown="no" />);
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
      const { container, unmount } = render(
        <ItHeadNote itHead={info} onShow={() => {}} shown="no" />,
      );
      expect(container.textContent).not.toMatch(/switched off at random/);
      unmount();
    }
  });
});

describe('where the note says the head is shown', () => {
  afterEach(cleanup);
  const info = readItHead(shipped, shipped);
  const buttons = () => screen.queryAllByRole('button').map((b) => b.textContent);

  it('offers every figure when only the figure above opened on the head, and says so', () => {
    if (!info) throw new Error('config.json gave no "it" head');
    render(<ItHeadNote itHead={info} onShow={() => {}} shown="here" />);
    expect(screen.getByTestId('it-head-note').textContent).toContain(
      'The figure above opens on this head; the figures further down start on layer 1, head 1',
    );
    expect(buttons()).toEqual(['Show this head in every figure']);
  });

  it('is here while the figure opened on the head, everywhere once chosen, otherwise not', () => {
    if (!info) throw new Error('config.json gave no "it" head');
    const same = { layer: info.layer, head: info.head };
    const other = { layer: info.layer, head: info.head + 1 };
    expect(itHeadShown(true, same, info)).toBe('here');
    expect(itHeadShown(false, same, info)).toBe('everywhere');
    expect(itHeadShown(false, other, info)).toBe('no');
    expect(itHeadShown(false, null, info)).toBe('no');
  });

  it('offers the head when another is shown, and nothing once every figure shows it', () => {
    if (!info) throw new Error('config.json gave no "it" head');
    const { unmount } = render(<ItHeadNote itHead={info} onShow={() => {}} shown="no" />);
    expect(buttons()).toEqual(['Show this head']);
    expect(screen.getByTestId('it-head-note').textContent).not.toContain('figure above');
    unmount();
    render(<ItHeadNote itHead={info} onShow={() => {}} shown="everywhere" />);
    expect(buttons()).toEqual([]);
  });
});

describe('a model in which no head resolves the pronoun', () => {
  afterEach(cleanup);
  const frEn = JSON.parse(readFileSync('public/models/fr-en/config.json', 'utf8')) as ModelConfig;

  it('is the shipped French → English model; the English → French one has a head that does', () => {
    const closest = readItHead(frEn, frEn);
    expect(closest).not.toBeNull();
    expect(closest?.guided).toBe(false);
    expect(closest?.ablation).toBeNull();
    expect(resolvesPronoun(closest)).toBe(false);
    expect(resolvesPronoun(readItHead(shipped, shipped))).toBe(true);
    expect(resolvesPronoun(null)).toBe(false);
  });

  it('names the closest head with its share, says why none learnt it, and offers the other model', () => {
    const closest = readItHead(frEn, frEn);
    if (!closest) throw new Error('config.json gave no closest head');
    let opened = 0;
    let shown = 0;
    render(
      <NoItHeadNote
        closest={closest}
        readsFrench
        onShow={() => shown++}
        onEnglishModel={() => opened++}
      />,
    );
    const note = screen.getByTestId('no-it-head-note');
    expect(note.textContent).toMatch(/No head of this model does what the post shows/);
    expect(note.textContent).toContain(
      `encoder layer ${closest.layer + 1}, head ${closest.head + 1}`,
    );
    expect(note.textContent).toContain(`${Math.round(100 * closest.resolves)}%`);
    expect(note.textContent).toMatch(/il and elle both become “it”/);
    screen.getByRole('button', { name: /English → French model/ }).click();
    expect(opened).toBe(1);
    screen.getByRole('button', { name: 'Show the closest head' }).click();
    expect(shown).toBe(1);
  });

  it('offers no other model when none is listed, and gives the reason only for a model that reads French', () => {
    const closest = readItHead(frEn, frEn);
    if (!closest) throw new Error('config.json gave no closest head');
    render(<NoItHeadNote closest={closest} readsFrench={false} onShow={() => {}} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Show the closest head',
    ]);
    expect(screen.getByTestId('no-it-head-note').textContent).not.toMatch(/il and elle/);
  });
});
