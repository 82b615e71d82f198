/**
 * Heads switched off, in the reader's words and language: which sublayer, layer and head
 * (counted from 1, as the attention figures count them), and the link between the attention
 * figures' kinds and the engine's names for the same sublayers. Pure.
 */
import type { AblatedHead, AblatedSublayer, HeadAblation } from '../../engine';
import type { Catalogue } from '../../i18n';
import type { AttentionKind } from './attentionKinds';

type Words = Catalogue['attention'];

export const SUBLAYER_OF: Record<AttentionKind, AblatedSublayer> = {
  'encoder-self': 'enc',
  'decoder-self': 'dec-self',
  cross: 'dec-cross',
};

/** "encoder self-attention, layer 2, head 3". */
export function describeHead({ kind, layer, head }: AblatedHead, words: Words): string {
  return words.oneHeadOff(words.sublayers[kind], layer + 1, head + 1);
}

/**
 * One sentence naming every head switched off, grouped by sublayer and layer ("encoder
 * self-attention, layer 1, heads 1, 2 and 5"), or null when none is.
 */
export function describeAblation(ablation: HeadAblation, words: Words): string | null {
  if (ablation.length === 0) return null;
  const groups = new Map<string, { first: AblatedHead; heads: number[] }>();
  for (const off of ablation) {
    const key = `${off.kind} ${off.layer}`;
    const group = groups.get(key) ?? { first: off, heads: [] };
    group.heads.push(off.head + 1);
    groups.set(key, group);
  }
  const parts = [...groups.values()].map(({ first, heads }) =>
    heads.length === 1
      ? describeHead(first, words)
      : words.headsOff(words.sublayers[first.kind], first.layer + 1, heads),
  );
  return words.switchedOff(ablation.length, parts);
}

/** The heads of one sublayer that are off. */
export function headsOffIn(
  ablation: HeadAblation,
  kind: AblatedSublayer,
  layer: number,
): Set<number> {
  return new Set(ablation.filter((a) => a.kind === kind && a.layer === layer).map((a) => a.head));
}
