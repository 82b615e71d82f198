/** Attention as heatmaps: one head in full, and every layer and head at a glance. */
import { kindsInTrace } from './attentionKinds';
import { AttentionMaps } from './AttentionMaps';
import { Caveat, Waiting } from './Caveat';
import { HeadSwitchesPanel } from './HeadSwitchesPanel';
import { useAttentionRun } from './useAttentionRun';

export function MapsSection() {
  const { trace, sourceTokens, targetTokens, untrained, selection, select } = useAttentionRun();
  const kinds = trace ? kindsInTrace(trace) : [];
  return (
    <>
      <p>
        The lines show one word at a time. A heatmap shows a whole head at once: one row for each
        word that asks (the query), one column for each word it may look at (the key), and in each
        cell the weight, so every row adds up to 1. A row of the map is the token view of that word.
      </p>
      <p>
        Under it, every layer and head as a small map: click one to see it in full; the other
        figures follow. The decoder has two more kinds. In its self-attention, each output position
        looks only at itself and earlier positions. In encoder-decoder attention, each output
        position looks at the source words.
      </p>
      {trace && kinds.length > 0 ? (
        <AttentionMaps
          trace={trace}
          kinds={kinds}
          sourceTokens={sourceTokens}
          targetTokens={targetTokens}
          selection={selection}
          onSelect={select}
        />
      ) : (
        <Waiting />
      )}
      <HeadSwitchesPanel />
      <Caveat untrained={untrained} />
    </>
  );
}
