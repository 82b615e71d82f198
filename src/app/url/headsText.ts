/**
 * Heads switched off, as a link writes them: `enc.2.4` is encoder self-attention, layer 2,
 * head 4 (counting from 1, as the page labels them); `dec-self.1.3` and `dec-cross.2.8` are the
 * decoder's two kinds. Several are joined by commas.
 */
import type { AblatedHead, AblatedSublayer, HeadAblation } from '../../engine';
import { MODEL_LIMITS } from '../../engine';
import type { ModelConfig } from '../../engine';
import { link as english } from '../../i18n/en/link';
import type { Catalogue } from '../../i18n';
import { shorten } from './decodingText';
import type { LinkNotice } from './linkState';

const SUBLAYERS: readonly AblatedSublayer[] = ['enc', 'dec-self', 'dec-cross'];
/**
 * Heads a link may switch off: every head of the largest model the page loads, in its three
 * kinds of attention (encoder, decoder self, encoder-decoder).
 */
export const MAX_LINK_HEADS =
  3 * Math.max(MODEL_LIMITS.encoderLayers, MODEL_LIMITS.decoderLayers) * MODEL_LIMITS.heads;

const HEAD = /^(enc|dec-self|dec-cross)\.(\d{1,6})\.(\d{1,6})$/;

export function headsText(heads: HeadAblation): string {
  return heads.map(({ kind, layer, head }) => `${kind}.${layer + 1}.${head + 1}`).join(',');
}

/**
 * The heads `text` names, each once, in the page's order; the entries it cannot read are said
 * with `words`. Linear in the text's length but for one sort of at most MAX_LINK_HEADS heads at
 * the end.
 */
export function readHeads(
  text: string,
  words: Catalogue['link'] = english,
): { heads: HeadAblation; notices: LinkNotice[] } {
  const named = new Map<string, AblatedHead>();
  const unread: string[] = [];
  const entries = text.split(',').filter((e) => e !== '');
  for (const entry of entries.slice(0, MAX_LINK_HEADS)) {
    const match = HEAD.exec(entry);
    const kind = SUBLAYERS.find((s) => s === match?.[1]);
    const layer = Number(match?.[2]) - 1;
    const head = Number(match?.[3]) - 1;
    if (!kind || layer < 0 || head < 0) unread.push(entry);
    else named.set(`${kind}.${layer}.${head}`, { kind, layer, head });
  }
  const notices: LinkNotice[] = [];
  if (entries.length > MAX_LINK_HEADS) {
    notices.push({ key: 'off', text: words.tooManyHeads(entries.length, MAX_LINK_HEADS) });
  }
  if (unread.length > 0) {
    const shown = unread.slice(0, 3).map((entry) => shorten(entry, 20));
    notices.push({ key: 'off', text: words.unreadHeads(shown, unread.length > 3) });
  }
  return { heads: [...named.values()].sort(inPageOrder), notices };
}

/** Encoder heads first, then the decoder's self- and cross-attention; by layer, then head. */
function inPageOrder(a: AblatedHead, b: AblatedHead): number {
  return (
    SUBLAYERS.indexOf(a.kind) - SUBLAYERS.indexOf(b.kind) || a.layer - b.layer || a.head - b.head
  );
}

/** The heads this model has; each one it lacks stays on, with a notice written with `words`. */
export function headsInModel(
  heads: HeadAblation,
  config: ModelConfig,
  words: Catalogue['link'] = english,
): { heads: HeadAblation; notices: LinkNotice[] } {
  const kept: AblatedHead[] = [];
  const notices: LinkNotice[] = [];
  for (const h of heads) {
    const layers = h.kind === 'enc' ? config.encoderLayers : config.decoderLayers;
    if (h.layer < layers && h.head < config.heads) kept.push(h);
    else {
      notices.push({
        key: 'off',
        text: words.headNotInModel(h.kind, h.layer + 1, h.head + 1, layers, config.heads),
      });
    }
  }
  return { heads: kept, notices };
}
