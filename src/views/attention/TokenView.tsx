/**
 * Figures 9, 20 and 21 of the post: lines from the chosen word to every word of the sentence,
 * for one head, two heads overlaid, or every head overlaid with a switch for each.
 */
import { useState } from 'react';
import { NumbersTable } from '../../components';
import { useText } from '../../i18n';
import type { Tensor } from '../../engine';
import type { Selection } from '../../store';
import { headColor } from './headPalette';
import { headRow } from './headSlices';
import { HeadSummary } from './HeadSummary';
import { HeadToggles } from './HeadToggles';
import { IndexPicker } from './IndexPicker';
import { LineLegend } from './LineLegend';
import { TokenLines } from './TokenLines';
import './attention.css';

export type TokenViewMode = 'one' | 'pair' | 'all';

export interface TokenViewProps {
  mode: TokenViewMode;
  tokens: readonly string[];
  /** enc.{layer}.self.weights: (h, S, S). */
  weights: Tensor;
  layer: number;
  layerCount: number;
  head: number;
  query: number;
  onSelect(change: Partial<Selection>): void;
}

export function TokenView(props: TokenViewProps) {
  const { mode, tokens, weights, layer, layerCount, head, query, onSelect } = props;
  const headCount = weights.shape[0];
  const [secondHead, setSecondHead] = useState(headCount > 1 ? 1 : 0);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  const pairHead = Math.min(secondHead, headCount - 1);
  const text = useText().attention;

  const shownHeads =
    mode === 'one'
      ? [head]
      : mode === 'pair'
        ? [...new Set([head, pairHead])]
        : Array.from({ length: headCount }, (_, h) => h).filter((h) => !hidden.has(h));
  const shown = shownHeads.map((h) => ({
    head: h,
    weights: headRow(weights, h, query),
    color: headColor(h),
  }));
  const toggle = (h: number) => {
    const next = new Set(hidden);
    if (next.has(h)) next.delete(h);
    else next.add(h);
    setHidden(next);
  };

  const word = tokens[query];
  const headsText =
    shownHeads.length === 1 ? text.oneHead(head + 1) : text.headCount(shownHeads.length);
  return (
    <figure className="attn-figure">
      <div className="attn-controls">
        <IndexPicker
          label={text.layer}
          count={layerCount}
          value={layer}
          onChange={(l) => onSelect({ layer: l })}
        />
        {mode !== 'all' && (
          <IndexPicker
            label={mode === 'pair' ? text.firstHead : text.head}
            count={headCount}
            value={head}
            onChange={(h) => onSelect({ head: h })}
            colorOf={headColor}
          />
        )}
        {mode === 'pair' && (
          <IndexPicker
            label={text.secondHead}
            count={headCount}
            value={pairHead}
            onChange={setSecondHead}
            colorOf={headColor}
          />
        )}
        {mode === 'all' && (
          <HeadToggles count={headCount} hidden={hidden} onToggle={toggle} colorOf={headColor} />
        )}
      </div>
      <div className="attn-token-body">
        <TokenLines
          tokens={tokens}
          query={query}
          heads={shown}
          onChooseQuery={(q) => onSelect({ queryToken: q })}
          ariaLabel={text.linesLabel(word, layer + 1, headsText)}
        />
        <figcaption className="attn-token-text">
          <LineLegend color={headColor(shownHeads[0] ?? head)} />
          <p>{text.fromWord(word, layer + 1)}</p>
          <HeadSummary tokens={tokens} weights={weights} heads={shownHeads} query={query} />
        </figcaption>
      </div>
      <NumbersTable
        caption={text.weightsTable(word, layer + 1)}
        values={concatRows(shown.map((s) => s.weights))}
        cols={tokens.length}
        rowLabels={shownHeads.map((h) => text.headRow(h + 1))}
        colLabels={tokens}
      />
    </figure>
  );
}

function concatRows(rows: readonly Float32Array[]): Float32Array {
  const width = rows[0]?.length ?? 0;
  const out = new Float32Array(rows.length * width);
  rows.forEach((r, i) => out.set(r, i * width));
  return out;
}
