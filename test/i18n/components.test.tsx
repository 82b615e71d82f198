// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ColorLegend,
  MatrixGrid,
  NumbersTable,
  VectorCells,
  VectorCloseUp,
  divergingScale,
} from '../../src/components';
import { ExportableFigure } from '../../src/components/figure';
import { en } from '../../src/i18n/en';
import { resetStore, useStore } from '../../src/store';

afterEach(cleanup);

const VALUES = new Float32Array([0.125, -1.5, 2.25, 0.5]);
const scale = divergingScale(2.25);

/** Every shared part of a figure, as one figure of the page draws them. */
function SharedParts() {
  return (
    <ExportableFigure name="test-figure">
      <MatrixGrid values={VALUES} rows={2} cols={2} name="Q" showNumbers withNumbers />
      <VectorCells values={VALUES} name="x" showNumbers />
      <VectorCloseUp rows={[{ label: 'x', values: VALUES }]} scale={scale} title="x" width={2} />
      <ColorLegend scale={scale} caption="valeur" />
      <NumbersTable caption="x" values={VALUES} />
    </ExportableFigure>
  );
}

/** The English these parts used to hard-code. */
const ENGLISH =
  /\bExport\b|Show the|Hide the|Colour legend|a vector of|numbers \d|Earlier|Later|rows by|arrow keys/;

describe('the shared parts of figures in French', () => {
  beforeEach(() => {
    resetStore();
    act(() => useStore.getState().setLanguage('fr'));
  });

  it('write their buttons, labels and numbers in French, with decimal commas', () => {
    const { container } = render(<SharedParts />);
    expect(screen.getByRole('button', { name: 'Exporter la figure test-figure' }).textContent).toBe(
      'Exporter',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Exporter la figure test-figure' }));
    expect(screen.getByRole('group', { name: 'Exporter en' }).textContent).toContain(
      'vectoriel, avec ses nombres',
    );
    expect(
      screen.getByRole('img', { name: /^x\u202f: un vecteur de 4 nombres, de -1,5/ }),
    ).toBeTruthy();
    expect(
      screen.getByRole('img', { name: /^Légende des couleurs\u202f: valeur, de -2,25 à 2,25$/ }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /Nombres suivants/ })).toBeTruthy();
    const toggles = screen.getAllByRole('button', { name: 'Afficher les nombres' });
    fireEvent.click(toggles[0]);
    expect(screen.getByRole('button', { name: 'Masquer les nombres' })).toBeTruthy();
    const written = [...container.querySelectorAll('td, text, .cmp-vector-cells span')]
      .map((n) => n.textContent)
      .filter((t) => t && /\d/.test(t));
    expect(written).toContain('0,125');
    expect(written.join(' ')).not.toMatch(/\d\.\d/);
    const labels = [...container.querySelectorAll('[aria-label], [title], button, caption, p')]
      .map(
        (n) =>
          `${n.getAttribute('aria-label') ?? ''} ${n.getAttribute('title') ?? ''} ${n.textContent}`,
      )
      .join(' | ');
    expect(labels).not.toMatch(ENGLISH);
  });

  it('keep the English word for word in English', () => {
    act(() => useStore.getState().setLanguage('en'));
    render(<SharedParts />);
    expect(screen.getByRole('button', { name: 'Export figure test-figure' }).textContent).toBe(
      'Export',
    );
    expect(
      screen.getByRole('img', { name: 'Colour legend: valeur, from -2.25 to 2.25' }),
    ).toBeTruthy();
    expect(screen.getAllByRole('button', { name: en.components.showNumbers })).toHaveLength(2);
    expect(screen.getByRole('img', { name: /^Q \[2 × 2\]: 2 rows by 2 columns\./ })).toBeTruthy();
  });
});
