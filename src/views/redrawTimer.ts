/**
 * Times one section's redraw: React renders the section's figures, then (after every section's
 * DOM changes) runs their effects, canvases painted there. Stopwatches placed before and after
 * the figures note when each phase starts and ends; the sum goes to the browser's performance
 * timeline, where DevTools shows it and `npm run measure` reads it.
 */
export interface RedrawTimer {
  renderStarted(): void;
  renderEnded(): void;
  effectsStarted(): void;
  /** The effects have run: records "figures: <name>" with the time spent in both phases. */
  finished(name: string): void;
}

export function redrawTimer(): RedrawTimer {
  let renderStart = 0;
  let renderEnd = 0;
  let effectsStart = 0;
  return {
    renderStarted: () => {
      renderStart = performance.now();
    },
    renderEnded: () => {
      renderEnd = performance.now();
    },
    effectsStarted: () => {
      effectsStart = performance.now();
    },
    finished: (name) => {
      const duration = renderEnd - renderStart + (performance.now() - effectsStart);
      performance.measure(`figures: ${name}`, { start: renderStart, duration });
    },
  };
}
