import { useEffect, useRef } from 'react';
import type { InnerSteps } from './innerSteps';
import { questionKey } from './predict/questionKeys';
import { innerMove, keyFocus, keyMove, NO_DIGITS, type TypedDigits } from './steps';

export interface PresentationControls {
  step: number;
  count: number;
  goTo: (step: number) => void;
  leave: () => void;
  /** The shown figure's own steps, when it has some. */
  inner: () => InnerSteps | null;
  /** The question waiting for the class's answer on this step, if one does. */
  question?: () => { choices: number; pick: (choice: number) => void; reveal: () => void } | null;
}

/** The presentation's keys, anywhere on the page while it is shown (see steps.ts). */
export function usePresentationKeys(controls: PresentationControls): void {
  const latest = useRef(controls);
  const typed = useRef<TypedDigits>(NO_DIGITS);
  useEffect(() => {
    latest.current = controls;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A figure that handles a key itself says so; the key is then not the presentation's.
      if (event.defaultPrevented || event.isComposing) return;
      const { step, count, goTo, leave, inner, question } = latest.current;
      const target = event.target instanceof Element ? event.target : null;
      const focus = target
        ? keyFocus(
            target.tagName,
            target.getAttribute('role'),
            target instanceof HTMLElement && target.isContentEditable,
          )
        : 'page';
      const asking = question?.() ?? null;
      if (asking) {
        const answer = questionKey(event, focus, asking.choices, typed.current, event.timeStamp);
        typed.current = answer.typed;
        if (answer.action !== null) {
          event.preventDefault();
          if (answer.action === 'reveal') asking.reveal();
          else asking.pick(answer.action.pick);
        }
        // Digits pick choices while a question waits, never a step.
        if (answer.action !== null || /^[0-9]$/.test(event.key)) return;
      }
      const figure = inner();
      const innerStep = innerMove(event, focus, figure);
      if (figure !== null && innerStep !== null) {
        event.preventDefault();
        figure.goTo(innerStep);
        return;
      }
      const result = keyMove(event, focus, step, count, typed.current, event.timeStamp);
      typed.current = result.typed;
      if (result.move === null) return;
      event.preventDefault();
      if (result.move === 'leave') leave();
      else goTo(result.move.to);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
