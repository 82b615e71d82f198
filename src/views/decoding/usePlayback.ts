/**
 * Playing the decoding steps one after another. The step itself lives in the shared selection
 * (so every view follows it); this hook only holds whether it is playing, and advances the step
 * on a timer until the last one. Motion is left to CSS, which drops every transition for readers
 * who ask for reduced motion: playing then still steps, without animation.
 */
import { useEffect, useState } from 'react';
import { STEP_INTERVAL_MS, playStart, stepAfter } from './playback';

export interface Playback {
  playing: boolean;
  togglePlay: () => void;
  pause: () => void;
}

export function usePlayback(
  stepCount: number,
  step: number,
  goTo: (step: number) => void,
): Playback {
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = stepAfter(step, stepCount);
      if (next !== null) goTo(next);
      if (next === null || stepAfter(next, stepCount) === null) setPlaying(false);
    }, STEP_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [playing, step, stepCount, goTo]);

  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    if (stepCount < 2) return;
    goTo(playStart(step, stepCount));
    setPlaying(true);
  };
  return { playing, togglePlay, pause: () => setPlaying(false) };
}
