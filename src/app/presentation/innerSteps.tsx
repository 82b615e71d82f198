/**
 * Figures with steps of their own (the self-attention step-through, the decoding player) register
 * here while a presentation shows them, so that its keys go through those steps before moving on
 * to the next figure. Outside a presentation there is no host and registering does nothing.
 */
import { createContext, useContext, useEffect, useRef } from 'react';
import type { InnerStepsName } from './figureSteps';

/** Where a figure is among its own steps, and how to move it. */
export interface InnerSteps {
  name: InnerStepsName;
  /** 0-based. */
  step: number;
  count: number;
  goTo: (step: number) => void;
}

export interface InnerStepsHost {
  /** Registers a figure's steps, read through `current` when a key is pressed; returns the undo. */
  register: (current: () => InnerSteps) => () => void;
}

export const InnerStepsContext = createContext<InnerStepsHost | null>(null);

/** A host keeping the figures registered with it, newest last. */
export function innerStepsHost(): InnerStepsHost & {
  find: (name: InnerStepsName) => InnerSteps | null;
} {
  const registered: (() => InnerSteps)[] = [];
  return {
    register: (current) => {
      registered.push(current);
      return () => {
        const index = registered.indexOf(current);
        if (index >= 0) registered.splice(index, 1);
      };
    },
    find: (name) =>
      registered
        .map((current) => current())
        .reverse()
        .find((steps) => steps.name === name) ?? null,
  };
}

/**
 * Registers a figure's steps with the presentation showing it. Returns whether a presentation
 * shows the figure: its position is then a caption, the presentation's counter being the only
 * "Step x of y" on screen.
 */
export function useInnerSteps(steps: InnerSteps): boolean {
  const host = useContext(InnerStepsContext);
  const latest = useRef(steps);
  useEffect(() => {
    latest.current = steps;
  });
  useEffect(() => host?.register(() => latest.current), [host]);
  return host !== null;
}

/** Whether a presentation shows the figure, so that it may pick a layout that fits a screen. */
export function useInPresentation(): boolean {
  return useContext(InnerStepsContext) !== null;
}
