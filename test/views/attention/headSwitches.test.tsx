// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AblatedHeadsNote } from '../../../src/app/AblatedHeadsNote';
import { resetStore, useStore } from '../../../src/store';
import { HeadSwitches } from '../../../src/views/attention/HeadSwitches';
import { HeadSwitchesPanel } from '../../../src/views/attention/HeadSwitchesPanel';
import { describeAblation, describeHead } from '../../../src/views/attention/headSwitches';
import { MODEL_INFO, makeRun, storeRun } from '../runFixture';
import { attention as english } from '../../../src/i18n/en/attention';

const store = () => useStore.getState();

beforeEach(() => {
  resetStore();
  store().modelLoaded(MODEL_INFO);
});
afterEach(() => cleanup());

describe('heads switched off, in words', () => {
  it('counts layers and heads from 1, as the attention figures do', () => {
    expect(describeHead({ kind: 'dec-cross', layer: 0, head: 3 }, english)).toBe(
      'encoder-decoder attention, layer 1, head 4',
    );
    expect(describeAblation([], english)).toBeNull();
    expect(
      describeAblation(
        [
          { kind: 'enc', layer: 1, head: 0 },
          { kind: 'dec-self', layer: 0, head: 2 },
        ],
        english,
      ),
    ).toBe(
      '2 heads are switched off: encoder self-attention, layer 2, head 1; decoder self-attention, layer 1, head 3.',
    );
    expect(
      describeAblation(
        [
          { kind: 'enc', layer: 0, head: 0 },
          { kind: 'enc', layer: 0, head: 1 },
          { kind: 'enc', layer: 0, head: 4 },
          { kind: 'dec-cross', layer: 1, head: 7 },
        ],
        english,
      ),
    ).toBe(
      '4 heads are switched off: encoder self-attention, layer 1, heads 1, 2 and 5; encoder-decoder attention, layer 2, head 8.',
    );
  });
});

describe('HeadSwitches', () => {
  it('shows each head pressed while on, toggles one on click, and resets only when one is off', () => {
    const onToggle = vi.fn();
    const onReset = vi.fn();
    const props = { sublayer: 'Encoder self-attention, layer 1', heads: 4, onToggle, onReset };
    const { rerender } = render(<HeadSwitches {...props} off={new Set()} offInModel={0} />);
    const switches = screen.getAllByRole('button', { name: /^Head \d of/ });
    expect(switches.map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'true',
      'true',
      'true',
      'true',
    ]);
    expect(screen.getByRole('button', { name: /back on/ })).toHaveProperty('disabled', true);
    fireEvent.click(switches[2]);
    expect(onToggle).toHaveBeenCalledWith(2);

    rerender(<HeadSwitches {...props} off={new Set([2])} offInModel={3} />);
    expect(screen.getByRole('button', { name: /^Head 3 of/ }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    fireEvent.click(screen.getByRole('button', { name: /back on/ }));
    expect(onReset).toHaveBeenCalled();
  });
});

describe('HeadSwitchesPanel', () => {
  it('switches heads of the chosen kind and layer off in the store, and every one back on', () => {
    render(<HeadSwitchesPanel />);
    const panel = screen.getByTestId('head-switches');
    fireEvent.click(
      within(panel).getByRole('button', { name: 'Head 3 of Encoder self-attention, layer 1' }),
    );
    expect(store().ablatedHeads).toEqual([{ kind: 'enc', layer: 0, head: 2 }]);

    fireEvent.click(within(panel).getByRole('button', { name: 'Encoder-decoder attention' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Layer 2' }));
    expect(store().selection.layer).toBe(1);
    fireEvent.click(
      within(panel).getByRole('button', { name: /^Head 1 of Encoder-decoder attention, layer 2/ }),
    );
    expect(store().ablatedHeads).toEqual([
      { kind: 'enc', layer: 0, head: 2 },
      { kind: 'dec-cross', layer: 1, head: 0 },
    ]);
    fireEvent.click(within(panel).getByRole('button', { name: /back on/ }));
    expect(store().ablatedHeads).toEqual([]);
  });

  it('says which heads the run on screen was computed without', () => {
    render(<HeadSwitchesPanel />);
    expect(screen.getByTestId('heads-off').textContent).toMatch(/Every head is on/);
    const run = storeRun(makeRun());
    const ablatedHeads = [{ kind: 'enc', layer: 1, head: 3 } as const];
    act(() => {
      store().runStarted(1);
      store().runFinished({ ...run, result: { ...run.result, ablatedHeads } });
    });
    expect(screen.getByTestId('heads-off').textContent).toBe(
      'The figures show a run in which 1 head is switched off: encoder self-attention, layer 2, head 4.',
    );
  });
});

describe('AblatedHeadsNote', () => {
  it('names the heads the translation on screen lacks, and its button switches them back on', () => {
    const { container } = render(<AblatedHeadsNote />);
    expect(container.textContent).toBe('');
    const run = storeRun(makeRun());
    act(() => {
      store().toggleHead({ kind: 'dec-self', layer: 0, head: 1 });
      store().runStarted(1);
      store().resultArrived({
        ...run,
        result: { ...run.result, ablatedHeads: store().ablatedHeads },
      });
    });
    expect(screen.getByTestId('ablated-heads').textContent).toContain(
      '1 head is switched off: decoder self-attention, layer 1, head 2.',
    );
    fireEvent.click(screen.getByRole('button', { name: /back on/ }));
    expect(store().ablatedHeads).toEqual([]);
  });
});
