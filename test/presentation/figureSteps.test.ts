// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  firstStepOf,
  fitZoom,
  onlyFiguresRule,
  PRESENT_STEPS,
  type PresentStep,
} from '../../src/app/presentation/figureSteps';
import { SECTIONS } from '../../src/views/sections';
import { LANGUAGES, textIn } from '../../src/i18n';

describe('the presentation’s steps, one figure each', () => {
  it('walk the post in 30 to 45 steps, each in a section of the page, in the page’s order', () => {
    expect(PRESENT_STEPS.length).toBeGreaterThanOrEqual(30);
    expect(PRESENT_STEPS.length).toBeLessThanOrEqual(45);
    const order = SECTIONS.map((s) => s.id);
    const places = PRESENT_STEPS.map((step) => order.indexOf(step.section));
    expect(places).not.toContain(-1);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  it('show every section of the page', () => {
    const shown = new Set(PRESENT_STEPS.map((step) => step.section));
    expect(SECTIONS.filter((s) => !shown.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('each have a caption of a sentence or two in each language, and a selector the browser accepts', () => {
    for (const step of PRESENT_STEPS) {
      const captions = LANGUAGES.map((language) => step.caption(textIn(language).present));
      for (const caption of captions) {
        expect(caption.length).toBeGreaterThan(20);
        expect(caption.length).toBeLessThan(200);
      }
      expect(new Set(captions).size).toBe(LANGUAGES.length);
      if (step.figures !== null) expect(() => document.querySelector(step.figures!)).not.toThrow();
    }
  });

  it('no two steps of a section show the same figures', () => {
    const keys = PRESENT_STEPS.map((step) => `${step.section} ${step.figures ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('the self-attention step-through and the decoding player are the figures with steps of their own', () => {
    const inner = PRESENT_STEPS.filter((step) => step.inner);
    expect(inner.map((step) => [step.section, step.inner])).toEqual([
      ['self-attention-in-detail', 'self-attention steps'],
      ['decoder-side', 'decoding steps'],
    ]);
  });
});

describe('firstStepOf', () => {
  const steps: PresentStep[] = [
    { section: 'a', figures: null, caption: () => 'first' },
    { section: 'b', figures: '.x', caption: () => 'second' },
    { section: 'b', figures: '.y', caption: () => 'third' },
  ];
  it('finds the first figure of a section, or starts at the first step', () => {
    expect(firstStepOf(steps, 'b')).toBe(1);
    expect(firstStepOf(steps, 'z')).toBe(0);
    expect(firstStepOf(steps, null)).toBe(0);
  });
});

describe('onlyFiguresRule', () => {
  it('hides what neither holds the figures, is one, nor is inside one', () => {
    document.body.innerHTML = `
      <div class="scope">
        <p id="prose">text</p>
        <div id="holder"><div class="fig" id="fig"><span id="inside">1</span></div><p id="beside">b</p></div>
        <div class="other" id="other"></div>
      </div>`;
    const hidden = (id: string) =>
      document.getElementById(id)!.matches(onlyFiguresRule('.scope', '.fig').split(' {')[0]);
    expect(['prose', 'beside', 'other'].map(hidden)).toEqual([true, true, true]);
    expect(['holder', 'fig', 'inside'].map(hidden)).toEqual([false, false, false]);
  });
});

describe('fitZoom', () => {
  it('shrinks a figure taller or wider than the stage to fit it', () => {
    expect(fitZoom({ width: 1000, height: 2000 }, { width: 1400, height: 800 }, 2)).toBe(0.4);
    expect(fitZoom({ width: 2000, height: 500 }, { width: 1000, height: 800 }, 2)).toBe(0.5);
    expect(fitZoom({ width: 0, height: 0 }, { width: 1400, height: 800 }, 2)).toBe(1);
  });

  it('grows a small figure to fill the stage, up to the largest zoom', () => {
    expect(fitZoom({ width: 500, height: 400 }, { width: 1400, height: 800 }, 3)).toBe(2);
    expect(fitZoom({ width: 500, height: 300 }, { width: 1400, height: 800 }, 2)).toBe(2);
    expect(fitZoom({ width: 500, height: 300 }, { width: 1400, height: 800 }, 1)).toBe(1);
  });
});
