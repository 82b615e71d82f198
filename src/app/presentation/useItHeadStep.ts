/**
 * A step about "it" opens on the head that resolves it: the encoder layer and head config.json
 * names (evaluation.itHead), with "it" (il, elle) as the chosen word, as "Show this head" does.
 */
import { useEffect } from 'react';
import { useStore } from '../../store';
import { postPronounPosition } from '../../store/postSentence';
import type { PresentStep } from './figureSteps';

export function useItHeadStep(step: PresentStep, index: number): void {
  const itHead = useStore((s) => s.modelInfo?.itHead ?? null);
  const itPosition = useStore((s) =>
    s.lastGood ? postPronounPosition(s.lastGood.result.sourceTokens) : -1,
  );
  const select = useStore((s) => s.select);
  const opensOnIt = step.opensOn === 'it head';
  useEffect(() => {
    if (!opensOnIt || !itHead) return;
    select({
      layer: itHead.layer,
      head: itHead.head,
      ...(itPosition >= 0 ? { queryToken: itPosition } : {}),
    });
    // Once a step is shown: from then on the layer and head are the reader's to change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, opensOnIt, itHead === null, itPosition]);
}
