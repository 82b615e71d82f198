/**
 * The figures of one section, redrawn for each new run only while the section is in the
 * viewport or holds the focus; elsewhere, they keep the run they last drew and catch up when the
 * reader scrolls to them or the page is idle (catchUp.ts). Its root says which run its figures show
 * (`data-run-id`, set once every figure has committed and painted its canvases), and each redraw
 * is timed as "figures: <section id>" in the performance timeline (redrawTimer.ts).
 */
import { memo, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { useStore as useStoreApi } from 'zustand';
import { useStore } from '../store';
import { fellBehind, forget, type BehindSection } from './catchUp';
import { SectionStoreContext, sectionStore } from './figureStore';
import { redrawTimer, type RedrawTimer } from './redrawTimer';

/**
 * How far beyond the viewport a section counts as near. None: a section scrolling in while the
 * reader types shows the previous run for a frame, and every section beside the viewport would
 * otherwise redraw on every keystroke for nothing.
 */
const NEAR_MARGIN = '0px';

function createScope() {
  let element: Element = document.body;
  const section: BehindSection = {
    element: () => element,
    isBehind: () => store.isBehind(),
    catchUp: () => store.catchUp(),
  };
  const store = sectionStore(useStore, (typing) => fellBehind(section, typing));
  return {
    store,
    section,
    timer: redrawTimer(),
    /** Where the section is on the page, once mounted. */
    place: (placed: Element) => {
      element = placed;
    },
  };
}

export function FigureScope({ id, children }: { id: string; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const [scope] = useState(createScope);
  const runId = useStoreApi(scope.store, (state) => state.lastGood?.id ?? 0);

  useEffect(() => {
    const { store, section } = scope;
    const element = root.current;
    const disconnect = store.connect();
    if (!element || typeof IntersectionObserver === 'undefined') return disconnect;
    // The section, not this root: its contents skip layout while it is off screen.
    const watched = element.closest('section') ?? element;
    scope.place(watched);
    let near = true;
    let focused = false;
    const update = () => store.follow(near || focused);
    const observer = new IntersectionObserver(
      (entries) => {
        near = entries.some((entry) => entry.isIntersecting);
        update();
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(watched);
    const onFocusIn = () => {
      focused = true;
      update();
    };
    const onFocusOut = (event: FocusEvent) => {
      focused = event.relatedTarget instanceof Node && element.contains(event.relatedTarget);
      update();
    };
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
      forget(section);
      disconnect();
    };
  }, [scope]);

  // A parent's effects run after its children's: here every figure has committed and painted.
  useEffect(() => {
    const element = root.current;
    if (!element || element.dataset.runId === String(runId)) return;
    element.dataset.runId = String(runId);
    scope.timer.finished(id);
  });

  return (
    <SectionStoreContext.Provider value={scope.store}>
      <div ref={root} className="figure-scope" data-section={id}>
        <Stopwatch timer={scope.timer} at="start" />
        {children}
        <Stopwatch timer={scope.timer} at="end" />
      </div>
    </SectionStoreContext.Provider>
  );
}

/**
 * Placed before and after a section's figures, which React renders, then runs the effects of, in
 * that order: notes when their render starts and ends, and when their effects start.
 */
function Stopwatch({ timer, at }: { timer: RedrawTimer; at: 'start' | 'end' }) {
  if (at === 'start') timer.renderStarted();
  else timer.renderEnded();
  useEffect(() => {
    if (at === 'start') timer.effectsStarted();
  });
  return null;
}

/**
 * The section with its figures in a FigureScope. Memoized: the page re-rendering for a new run
 * does not redraw the section; only its figures' own reads of the store do, while it is in view.
 */
export function redrawnWhenNear<S extends { id: string; Component: ComponentType }>(section: S): S {
  const { id, Component } = section;
  const Scoped = memo(function Scoped() {
    return (
      <FigureScope id={id}>
        <Component />
      </FigureScope>
    );
  });
  return { ...section, Component: Scoped };
}
