// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import katex from 'katex';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Formula, loadTypesetter } from '../../src/components/Formula';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Formula before KaTeX has arrived', () => {
  it('holds its place, busy, then typesets itself once KaTeX is loaded', async () => {
    const { container } = render(<Formula tex="QK^T" display />);
    const pending = container.querySelector('.cmp-formula-pending');
    expect(pending?.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('math')).toBeNull();
    await act(() => loadTypesetter());
    expect(container.querySelector('.cmp-formula-pending')).toBeNull();
    expect(container.querySelector('math annotation')?.textContent).toBe('QK^T');
  });
});

describe('Formula', () => {
  beforeAll(() => loadTypesetter());

  it('typesets a formula once, however often it is drawn, and draws it the same each time', () => {
    const typeset = vi.spyOn(katex, 'renderToString');
    const tex = String.raw`\mathrm{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V_{17}`;
    const first = render(<Formula tex={tex} display />).container.innerHTML;
    const second = render(<Formula tex={tex} display />).container.innerHTML;
    expect(second).toBe(first);
    expect(first).toContain('display="block"');
    expect(typeset).toHaveBeenCalledTimes(1);
    // Inline, the same TeX is another formula.
    render(<Formula tex={tex} />);
    expect(typeset).toHaveBeenCalledTimes(2);
  });

  it('writes MathML with no inline style, which a strict content policy would refuse', () => {
    const formulas = [
      String.raw`\mathrm{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V`,
      String.raw`PE_{(pos, 2i)} = \sin\left(pos / 10000^{2i/d_{\text{model}}}\right)`,
      String.raw`f(x) = \begin{cases} 1 & x > 0 \\ 0 & \text{otherwise} \end{cases}\quad a\,b\;c`,
    ];
    for (const tex of formulas) {
      const { container } = render(<Formula tex={tex} display />);
      expect(container.innerHTML).toContain('<math');
      expect(container.querySelectorAll('[style]')).toHaveLength(0);
      cleanup();
    }
  });

  it('shows a formula it cannot read as its source, marked as an error, without a style', () => {
    const { container } = render(<Formula tex={String.raw`\frac{`} />);
    const shown = container.querySelector('.cmp-formula-error');
    expect(shown?.textContent).toBe(String.raw`\frac{`);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });
});
