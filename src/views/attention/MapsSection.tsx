/** Attention as heatmaps: one head in full, and every layer and head at a glance. */
import { kindsInTrace } from './attentionKinds';
import { AttentionMaps } from './AttentionMaps';
import { Caveat, Waiting } from './Caveat';
import { HeadSwitchesPanel } from './HeadSwitchesPanel';
import { useAttentionRun } from './useAttentionRun';
import { useText } from '../../i18n';

export function MapsSection() {
  const { trace, sourceTokens, targetTokens, untrained, selection, select } = useAttentionRun();
  const kinds = trace ? kindsInTrace(trace) : [];
  const text = useText().attention;
  return (
    <>
      <p>{text.mapsIntro}</p>
      <p>{text.mapsGrid}</p>
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
