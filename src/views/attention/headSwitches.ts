/**
 * Heads switched off, in the reader's words: which sublayer, layer and head (counted from 1, as
 * the attention figures count them), and the link between the attention figures' kinds and the
 * engine's names for the same sublayers. Pure.
 */
import type { AblatedHead, AblatedSublayer, HeadAblation } from '../../engine';
import type { AttentionKind } from './attentionKinds';

export const SUBLAYER_OF: Record<AttentionKind, AblatedSublayer> = {
  'encoder-self': 'enc',
  'decoder-self': 'dec-self',
  cross: 'dec-cross',
};

const SUBLAYER_NAMES: Record<AblatedSublayer, string> = {
  enc: 'encoder self-attention',
  'dec-self': 'decoder self-attention',
  'dec-cross': 'encoder-decoder attention',
};

/** "encoder self-attention, layer 2, head 3". */
export function describeHead({ kind, layer, head }: AblatedHead): string {
  return `${SUBLAYER_NAMES[kind]}, layer ${layer + 1}, head ${head + 1}`;
}

/**
 * One sentence naming every head switched off, grouped by sublayer and layer ("encoder
 * self-attention, layer 1, heads 1, 2 and 5"), or null when none is.
 */
export function describeAblation(ablation: HeadAblation): string | null {
  if (ablation.length === 0) return null;
  const groups = new Map<string, { first: AblatedHead; heads: number[] }>();
  for (const off of ablation) {
    const key = `${off.kind} ${off.layer}`;
    const group = groups.get(key) ?? { first: off, heads: [] };
    group.heads.push(off.head + 1);
    groups.set(key, group);
  }
  const parts = [...groups.values()].map(({ first, heads }) => {
    if (heads.length === 1) return describeHead(first);
    const list = `${heads.slice(0, -1).join(', ')} and ${heads.at(-1)}`;
    return `${SUBLAYER_NAMES[first.kind]}, layer ${first.layer + 1}, heads ${list}`;
  });
  const count = ablation.length === 1 ? '1 head is' : `${ablation.length} heads are`;
  return `${count} switched off: ${parts.join('; ')}.`;
}

/** The heads of one sublayer that are off. */
export function headsOffIn(
  ablation: HeadAblation,
  kind: AblatedSublayer,
  layer: number,
): Set<number> {
  return new Set(ablation.filter((a) => a.kind === kind && a.layer === layer).map((a) => a.head));
}
