/**
 * The parts of a link that only the page can judge: whether its model, section and figure exist,
 * and whether its layer, head, word and step fall inside the run they are applied to.
 */
import type { Selection, SelectionBounds } from '../../store';
import { shorten } from './decodingText';
import { SELECTION_KEYS, type LinkNotice } from './linkState';

/** The id, if it is one of `ids`; else undefined and a notice. */
export function resolveId(
  key: 'section' | 'figure',
  id: string | undefined,
  ids: readonly string[],
  notices: LinkNotice[],
): string | undefined {
  if (id === undefined || ids.includes(id)) return id;
  notices.push({
    key,
    text: `The link’s ${key} “${shorten(id)}” is not on this page; it was left out.`,
  });
  return undefined;
}

/** Said when the model the link names is not among the page's models, so another is shown. */
export function missingModelNotice(asked: string, shownLabel: string): LinkNotice {
  return {
    key: 'model',
    text: `This page has no model “${shorten(asked)}”; it shows ${shownLabel} instead.`,
  };
}

const COUNT_NOUNS: Record<keyof Selection, [string, string]> = {
  layer: ['layer', 'layers'],
  head: ['head', 'heads'],
  queryToken: ['token', 'tokens'],
  step: ['decoding step', 'decoding steps'],
};

const HAS: Record<keyof Selection, string> = {
  layer: 'this model has',
  head: 'each layer has',
  queryToken: 'the sentence has',
  step: 'the translation took',
};

export interface ClampedLinkSelection {
  selection: Partial<Selection>;
  notices: LinkNotice[];
}

/**
 * The link's selection kept inside `bounds` (the model and the run it is applied to): each index
 * past the last becomes the last, and the notice gives both numbers, counting from 1.
 */
export function clampLinkSelection(
  asked: Partial<Selection>,
  bounds: SelectionBounds,
): ClampedLinkSelection {
  const selection: Partial<Selection> = {};
  const notices: LinkNotice[] = [];
  const counts: Record<keyof Selection, number> = {
    layer: bounds.layers,
    head: bounds.heads,
    queryToken: bounds.queryTokens,
    step: bounds.steps,
  };
  for (const { key, field, noun } of SELECTION_KEYS) {
    const index = asked[field];
    if (index === undefined) continue;
    const count = counts[field];
    const last = Math.max(count - 1, 0);
    selection[field] = Math.min(index, last);
    if (index > last && count > 0) {
      const [one, many] = COUNT_NOUNS[field];
      notices.push({
        key,
        text:
          `The link asks for ${noun} ${(index + 1).toLocaleString('en-US')}, but ${HAS[field]} ` +
          `${count} ${count === 1 ? one : many}: ${noun} ${count} is shown.`,
      });
    }
  }
  return { selection, notices };
}
