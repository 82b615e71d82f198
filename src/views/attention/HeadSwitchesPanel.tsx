/**
 * The classroom experiment: switch heads off and watch what changes. Picks a kind of attention
 * and a layer (the shared selection's), lists that layer's heads as switches, and says which
 * heads the run on screen was computed without.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Formula } from '../../components';
import { useStore } from '../../store';
import { ATTENTION_KINDS, KIND_LABELS, type AttentionKind } from './attentionKinds';
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
  if (!config) return null;
  const sublayer = SUBLAYER_OF[kind];
  const layers = kind === 'encoder-self' ? config.encoderLayers : config.decoderLayers;
  const shownLayer = Math.min(layer, layers - 1);
  const label = `${KIND_LABELS[kind]}, layer ${shownLayer + 1}`;
  const shownText = shown ? describeAblation(shown) : null;
  return (
    <div className="attn-ablation" data-testid="head-switches">
      <h3 className="attn-subtitle">Switch heads off</h3>
      <p>
        What does one head bring? Switch it off and the model runs again without it. The head still
        computes its attention weights, which the figures keep showing, but its output Z is replaced
        by zeros before the heads are put side by side, so nothing of it reaches{' '}
        <Formula tex="W^O" /> or anything after. The translation and every figure on the page then
        show the model without that head.
      </p>
      <p className="attn-muted">
        A trained model often translates just the same without one head, or even without every head
        of a layer: the residual connection carries each word’s vector around the attention, and the
        other heads and layers make up for what is missing. The decoder’s heads, which look at the
        words written so far and at the source, tend to matter more.
      </p>
      <div className="attn-controls" role="group" aria-label="Which sublayer’s heads">
        <KindPicker kinds={ATTENTION_KINDS} value={kind} onChange={setKind} />
        <IndexPicker
          label="Layer"
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
        {shownText
          ? `The figures show a run in which ${shownText.charAt(0).toLowerCase()}${shownText.slice(1)}`
          : 'Every head is on: the figures show the model as it was trained.'}
      </p>
    </div>
  );
}
