/**
 * The parts of a link that only the page can judge: whether its model, section and figure exist,
 * and whether its layer, head, word and step fall inside the run they are applied to.
 */
import type { Selection, SelectionBounds } from '../../store';
import { link as english } from '../../i18n/en/link';
import type { Catalogue } from '../../i18n';
import { shorten } from './decodingText';
import { SELECTION_KEYS, type LinkNotice } from './linkState';

/** The id, if it is one of `ids`; else undefined and a notice written with `words`. */
export function resolveId(
  key: 'section' | 'figure',
  id: string | undefined,
  ids: readonly string[],
  notices: LinkNotice[],
  words: Catalogue['link'] = english,
): string | undefined {
  if (id === undefined || ids.includes(id)) return id;
  notices.push({ key, text: words.notOnPage(key, shorten(id)) });
  return undefined;
}

/** Said when the model the link names is not among the page's models, so another is shown. */
export function missingModelNotice(
  asked: string,
  shownLabel: string,
  words: Catalogue['link'] = english,
): LinkNotice {
  return { key: 'model', text: words.missingModel(shorten(asked), shownLabel) };
}

export interface ClampedLinkSelection {
  selection: Partial<Selection>;
  notices: LinkNotice[];
}

/**
 * The link's selection kept inside `bounds` (the model and the run it is applied to): each index
 * past the last becomes the last, and the notice, written with `words`, gives both numbers,
 * counting from 1.
 */
export function clampLinkSelection(
  asked: Partial<Selection>,
  bounds: SelectionBounds,
  words: Catalogue['link'] = english,
): ClampedLinkSelection {
  const selection: Partial<Selection> = {};
  const notices: LinkNotice[] = [];
  const counts: Record<keyof Selection, number> = {
    layer: bounds.layers,
    head: bounds.heads,
    queryToken: bounds.queryTokens,
    step: bounds.steps,
  };
  for (const { key, field } of SELECTION_KEYS) {
    const index = asked[field];
    if (index === undefined) continue;
    const count = counts[field];
    const last = Math.max(count - 1, 0);
    selection[field] = Math.min(index, last);
    if (index > last && count > 0) {
      notices.push({ key, text: words.pastLast(key, index + 1, count) });
    }
  }
  return { selection, notices };
}
