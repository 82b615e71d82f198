/**
 * One bar per head: how much the word's probability changes when that head alone is switched
 * off. Each bar is also the head's switch, the same as the switches beside the attention maps.
 */
import { useStore } from '../../store';
import type { HeadAblationEffects, HeadEffect } from '../../engine';
import type { AblatedSublayer } from '../../engine';
import { NumbersTable } from '../../components/NumbersTable';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useFigureStore } from '../figureStore';
import { useText, type Catalogue } from '../../i18n';
import { barLengths } from './layout';

const SUBLAYERS: readonly AblatedSublayer[] = ['enc', 'dec-self', 'dec-cross'];

/** "Encoder self-attention, layer 1, head 2", in the catalogue's language. */
const headName = (
  { kind, layer, head }: Pick<HeadEffect, 'kind' | 'layer' | 'head'>,
  text: Catalogue['attribution'],
) => text.head(text.sublayerTitles[kind], layer + 1, head + 1);

export function HeadEffectBars({ effects, word }: { effects: HeadAblationEffects; word: string }) {
  const text = useText().attribution;
  const ablated = useFigureStore((state) => state.ablatedHeads);
  const toggleHead = useStore((state) => state.toggleHead);
  const lengths = barLengths(effects.heads.map((h) => h.effect));
  const groups = SUBLAYERS.map((kind) => ({
    kind,
    heads: effects.heads.flatMap((h, i) => (h.kind === kind ? [{ ...h, length: lengths[i] }] : [])),
  }));
  const caption = text.effectCaption(word, effects.probability);
  return (
    <ExportableFigure
      name={(words) =>
        figureFileName(words.attribution.file.attribution, words.attribution.file.heads, word)
      }
    >
      <figure className="attr-figure" aria-label={caption}>
        <figcaption>{caption}</figcaption>
        <p className="attr-muted">{text.effectNote}</p>
        {groups.map(({ kind, heads }) => (
          <div
            key={kind}
            className="attr-heads"
            role="group"
            aria-label={text.sublayerTitles[kind]}
          >
            <span className="attr-heads-label">{text.sublayerTitles[kind]}</span>
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
                  <span className="attr-sr">{` ${text.scored(headName(h, text), h.effect)}`}</span>
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
        rowLabels={effects.heads.map((h) => headName(h, text))}
        colLabels={[text.effectColumn]}
      />
    </ExportableFigure>
  );
}
