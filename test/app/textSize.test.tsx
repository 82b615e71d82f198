// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEXT_SIZE_VARIABLE, TextSizeControl } from '../../src/app/TextSizeControl';
import { PageTools } from '../../src/app/url/PageTools';
import { resetStore, useStore } from '../../src/store';
import { asTextSize, TEXT_SIZES } from '../../src/store/uiSlice';

const store = () => useStore.getState();
const pageZoom = () => document.documentElement.style.getPropertyValue(TEXT_SIZE_VARIABLE);

beforeEach(() => {
  resetStore();
  document.documentElement.style.removeProperty(TEXT_SIZE_VARIABLE);
});
afterEach(() => cleanup());

describe('the text size in the store', () => {
  it('starts at the page’s own 100 per cent, and takes each size offered', () => {
    expect(store().textSize).toBe(100);
    for (const size of TEXT_SIZES) {
      store().setTextSize(size);
      expect(store().textSize).toBe(size);
    }
  });

  it('asTextSize keeps the sizes offered and refuses every other number', () => {
    expect(TEXT_SIZES.map(asTextSize)).toEqual([...TEXT_SIZES]);
    for (const other of [0, 99, 101, 150.5, 250, -150, NaN, Infinity]) {
      expect(asTextSize(other)).toBeUndefined();
    }
  });
});

describe('the text size control', () => {
  it('offers every size, shows the one in the store, and sets the one picked', () => {
    render(<TextSizeControl />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Text size' });
    expect(Array.from(select.options, (o) => o.textContent)).toEqual([
      '100% (normal)',
      '125%',
      '150%',
      '175%',
      '200%',
    ]);
    expect(select.value).toBe('100');
    fireEvent.change(select, { target: { value: '175' } });
    expect(store().textSize).toBe(175);
    expect(select.value).toBe('175');
  });

  it('with the page tools, zooms the page by the size as a factor, and follows a link’s size', () => {
    render(<PageTools />);
    expect(pageZoom()).toBe('1');
    fireEvent.change(screen.getByRole('combobox', { name: 'Text size' }), {
      target: { value: '150' },
    });
    expect(pageZoom()).toBe('1.5');
    // A link opened later sets the store; the page follows without the control being touched.
    act(() => store().setTextSize(200));
    expect(pageZoom()).toBe('2');
  });
});
