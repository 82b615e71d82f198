/**
 * One bar per head: how much the word's probability changes when that head alone is switched
 * off. Each bar is also the head's switch, the same as the switches beside the attention maps.
 */
import { useStore } from '../../store';
import type { HeadAblationEffects, HeadEffect } from '../../engine';
import type { AblatedSublayer } from '../../engine';
import { NumbersTable } from '../../components/NumbersTable';
import { formatValue } from '../../components/format';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useFigureStore } from '../figureStore';
import { barLengths } from './layout';

const SUBLAYER_LABELS: Record<AblatedSublayer, string> = {
  enc: 'Encoder self-attention',
  'dec-self': 'Decoder self-attention',
  'dec-cross': 'Encoder-decoder attention',
};

export const headName = ({ kind, layer, head }: Pick<HeadEffect, 'kind' | 'layer' | 'head'>) =>
  `${SUBLAYER_LABELS[kind]}, layer ${layer + 1}, head ${head + 1}`;

export function HeadEffectBars({ effects, word }: { effects: HeadAblationEffects; word: string }) {
  const ablated = useFigureStore((state) => state.ablatedHeads);
  const toggleHead = useStore((state) => state.toggleHead);
  const lengths = barLengths(effects.heads.map((h) => h.effect));
  const groups = (Object.keys(SUBLAYER_LABELS) as AblatedSublayer[]).map((kind) => ({
    kind,
    heads: effects.heads.flatMap((h, i) => (h.kind === kind ? [{ ...h, length: lengths[i] }] : [])),
  }));
  const caption = `Change in p(“${word}”) = ${formatValue(effects.probability)} when each head alone is switched off`;
  return (
    <ExportableFigure name={figureFileName('attribution', 'heads', word)}>
      <figure className="attr-figure" aria-label={caption}>
        <figcaption>{caption}</figcaption>
        <p className="attr-muted">
          A dark bar is a drop in the word’s probability, a blue one a rise; the tallest is the
          largest change. Each bar is also the head’s switch: press it to switch that head off for
          the whole page.
        </p>
        {groups.map(({ kind, heads }) => (
          <div key={kind} className="attr-heads" role="group" aria-label={SUBLAYER_LABELS[kind]}>
            <span className="attr-heads-label">{SUBLAYER_LABELS[kind]}</span>
            {heads.map((h) => {
              const off = ablated.some(
                (a) => a.kind === h.kind && a.layer === h.layer && a.head === h.head,
              );
              return (
                <button
                  type="button"
                  key={`${h.layer}.${h.head}`}
                  className="attr-head"
                  aria-pressed={off}
                  data-effect={h.effect}
                  onClick={() => toggleHead({ kind: h.kind, layer: h.layer, head: h.head })}
                >
                  <span className="attr-head-track" aria-hidden="true">
                    <span
                      className={h.effect < 0 ? 'attr-head-bar attr-bar-drop' : 'attr-head-bar'}
                      style={{ height: `${Math.round(h.length * 100)}%` }}
                    />
                  </span>
                  <span className="attr-head-name">
                    {h.layer + 1}.{h.head + 1}
                  </span>
                  <span className="attr-sr">{` ${headName(h)}: ${formatValue(h.effect)}`}</span>
                </button>
              );
            })}
          </div>
        ))}
      </figure>
      <NumbersTable
        caption={caption}
        values={effects.heads.map((h) => h.effect)}
        cols={1}
        rowLabels={effects.heads.map(headName)}
        colLabels={['change in probability']}
      />
    </ExportableFigure>
  );
}
