/**
 * The classroom experiment: switch heads off and watch what changes. Picks a kind of attention
 * and a layer (the shared selection's), lists that layer's heads as switches, and says which
 * heads the run on screen was computed without.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Formula } from '../../components';
import { useText } from '../../i18n';
import { useStore } from '../../store';
import { ATTENTION_KINDS, type AttentionKind } from './attentionKinds';
import { HeadSwitches } from './HeadSwitches';
import { SUBLAYER_OF, describeAblation, headsOffIn } from './headSwitches';
import { IndexPicker } from './IndexPicker';
import { KindPicker } from './KindPicker';
import './attention.css';

export function HeadSwitchesPanel() {
  const { config, ablatedHeads, shown, layer, select, toggleHead, restoreHeads } = useStore(
    useShallow((s) => ({
      config: s.modelInfo?.config ?? null,
      ablatedHeads: s.ablatedHeads,
      shown: s.lastGood?.result.ablatedHeads ?? null,
      layer: s.selection.layer,
      select: s.select,
      toggleHead: s.toggleHead,
      restoreHeads: s.restoreHeads,
    })),
  );
  const [kind, setKind] = useState<AttentionKind>('encoder-self');
  const text = useText().attention;
  if (!config) return null;
  const sublayer = SUBLAYER_OF[kind];
  const layers = kind === 'encoder-self' ? config.encoderLayers : config.decoderLayers;
  const shownLayer = Math.min(layer, layers - 1);
  const label = text.sublayerLayer(text.kinds[kind], shownLayer + 1);
  const shownText = shown ? describeAblation(shown, text) : null;
  return (
    <div className="attn-ablation" data-testid="head-switches">
      <h3 className="attn-subtitle">{text.switchOff}</h3>
      <p>{text.switchWhy(<Formula tex="W^O" />)}</p>
      <p className="attn-muted">{text.switchExpect}</p>
      <div className="attn-controls" role="group" aria-label={text.whichSublayer}>
        <KindPicker kinds={ATTENTION_KINDS} value={kind} onChange={setKind} />
        <IndexPicker
          label={text.layer}
          count={layers}
          value={shownLayer}
          onChange={(l) => select({ layer: l })}
        />
      </div>
      <HeadSwitches
        sublayer={label}
        heads={config.heads}
        off={headsOffIn(ablatedHeads, sublayer, shownLayer)}
        offInModel={ablatedHeads.length}
        onToggle={(head) => toggleHead({ kind: sublayer, layer: shownLayer, head })}
        onReset={restoreHeads}
      />
      <p className="attn-muted" aria-live="polite" data-testid="heads-off">
        {shownText ? text.runWithout(shownText) : text.everyHeadOn}
      </p>
    </div>
  );
}
