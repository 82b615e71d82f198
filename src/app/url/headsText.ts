/**
 * Heads switched off, as a link writes them: `enc.2.4` is encoder self-attention, layer 2,
 * head 4 (counting from 1, as the page labels them); `dec-self.1.3` and `dec-cross.2.8` are the
 * decoder's two kinds. Several are joined by commas.
 */
import type { AblatedHead, AblatedSublayer, HeadAblation } from '../../engine';
import { MODEL_LIMITS } from '../../engine';
import type { ModelConfig } from '../../engine';
import { shorten } from './decodingText';
import type { LinkNotice } from './linkState';

const SUBLAYERS: readonly AblatedSublayer[] = ['enc', 'dec-self', 'dec-cross'];
const SUBLAYER_NAMES: Record<AblatedSublayer, string> = {
  enc: 'encoder self-attention',
  'dec-self': 'decoder self-attention',
  'dec-cross': 'encoder-decoder attention',
};
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
 * The heads `text` names, each once, in the page's order; the entries it cannot read are said.
 * Linear in the text's length but for one sort of at most MAX_LINK_HEADS heads at the end.
 */
export function readHeads(text: string): { heads: HeadAblation; notices: LinkNotice[] } {
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
    notices.push({
      key: 'off',
      text:
        `The link switches off ${entries.length.toLocaleString('en-US')} heads, above the ` +
        `${MAX_LINK_HEADS.toLocaleString('en-US')} this page reads; only the first ` +
        `${MAX_LINK_HEADS.toLocaleString('en-US')} were read.`,
    });
  }
  if (unread.length > 0) {
    notices.push({
      key: 'off',
      text:
        `The link’s heads to switch off ${unread
          .slice(0, 3)
          .map((e) => `“${shorten(e, 20)}”`)
          .join(', ')}${unread.length > 3 ? '…' : ''} are not written as enc.2.4 ` +
        '(kind, layer, head); they stay on.',
    });
  }
  return { heads: [...named.values()].sort(inPageOrder), notices };
}

/** Encoder heads first, then the decoder's self- and cross-attention; by layer, then head. */
function inPageOrder(a: AblatedHead, b: AblatedHead): number {
  return (
    SUBLAYERS.indexOf(a.kind) - SUBLAYERS.indexOf(b.kind) || a.layer - b.layer || a.head - b.head
  );
}

/** The heads this model has; each one it lacks stays on, with a notice. */
export function headsInModel(
  heads: HeadAblation,
  config: ModelConfig,
): { heads: HeadAblation; notices: LinkNotice[] } {
  const kept: AblatedHead[] = [];
  const notices: LinkNotice[] = [];
  for (const h of heads) {
    const layers = h.kind === 'enc' ? config.encoderLayers : config.decoderLayers;
    if (h.layer < layers && h.head < config.heads) kept.push(h);
    else {
      notices.push({
        key: 'off',
        text:
          `The link switches off ${SUBLAYER_NAMES[h.kind]} layer ${h.layer + 1}, head ${h.head + 1}, ` +
          `but this model has ${layers} layers of ${config.heads} heads: it stays on.`,
      });
    }
  }
  return { heads: kept, notices };
}
