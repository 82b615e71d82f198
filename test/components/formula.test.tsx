// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import katex from 'katex';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Formula } from '../../src/components/Formula';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Formula', () => {
  it('typesets a formula once, however often it is drawn, and draws it the same each time', () => {
    const typeset = vi.spyOn(katex, 'renderToString');
    const tex = String.raw`\mathrm{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V_{17}`;
    const first = render(<Formula tex={tex} display />).container.innerHTML;
    const second = render(<Formula tex={tex} display />).container.innerHTML;
    expect(second).toBe(first);
    expect(first).toContain('katex-display');
    expect(typeset).toHaveBeenCalledTimes(1);
    // Inline, the same TeX is another formula.
    render(<Formula tex={tex} />);
    expect(typeset).toHaveBeenCalledTimes(2);
  });
});
