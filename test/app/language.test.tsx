// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanguageControl, usePageLanguage } from '../../src/app/LanguageControl';
import { PageTools } from '../../src/app/url/PageTools';
import { resetStore, useStore } from '../../src/store';

const store = () => useStore.getState();

/** The control with the hook that keeps `<html lang>`, as the page has them. */
function Page() {
  usePageLanguage();
  return <LanguageControl />;
}

beforeEach(() => {
  resetStore();
  document.documentElement.lang = '';
});
afterEach(() => cleanup());

describe('the language control', () => {
  it('offers each language named in itself, and switches the page and its html lang', () => {
    render(<Page />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Language' });
    expect(Array.from(select.options, (o) => [o.value, o.textContent, o.lang])).toEqual([
      ['en', 'English', 'en'],
      ['fr', 'Français', 'fr'],
    ]);
    expect(document.documentElement.lang).toBe('en');
    fireEvent.change(select, { target: { value: 'fr' } });
    expect(store().language).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    // Its own label is now French too.
    expect(screen.getByRole('combobox', { name: 'Langue' })).toBe(select);
  });

  it('ignores a value that is not a language the page is written in', () => {
    render(<Page />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Language' });
    fireEvent.change(select, { target: { value: 'de' } });
    expect(store().language).toBe('en');
  });

  it('stands with the page’s tools beside the text size', () => {
    render(<PageTools />);
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Text size' })).toBeTruthy();
  });
});
