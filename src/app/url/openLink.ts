/**
 * Opening a link: its sentence, decoding, model, view, section, controls and text size go into
 * the store at once; its selection waits there for the run of its sentence (see linkSelectionToApply).
 */
import type { StoreApi } from 'zustand';
import { modelLabel, selectionBounds, type AppState } from '../../store';
import { textIn, type Catalogue } from '../../i18n';
import { headsInModel } from './headsText';
import type { ParsedLink } from './parseLink';
import {
  clampLinkSelection,
  missingModelNotice,
  resolveId,
  type ClampedLinkSelection,
} from './resolveLink';

/** What the page can point a link at. */
export interface LinkTargets {
  sectionIds: readonly string[];
  figureIds: readonly string[];
}

/** Whether the page has read its list of models yet (before, it knows only the built-in one). */
export function modelsListed(store: StoreApi<AppState>): boolean {
  return store.getState().modelsListed;
}

/**
 * Puts `parsed` into the store. A model the link names is taken at once if the page lists it;
 * before the list has arrived it is only preferred, and the caller checks it once the list is in.
 * The notices are written in the language the link opens the page in.
 */
export function openLink(
  store: StoreApi<AppState>,
  parsed: ParsedLink,
  targets: LinkTargets,
): void {
  const { link } = parsed;
  const notices = [...parsed.notices];
  const state = store.getState();
  const catalogue = textIn(link.language ?? state.language);
  const words = catalogue.link;
  const section = resolveId('section', link.section, targets.sectionIds, notices, words);
  const figure = resolveId('figure', link.figure, targets.figureIds, notices, words);
  state.dismissLinkNotices();
  if (link.sentence !== undefined) state.setSentence(link.sentence);
  if (link.decoding) state.setDecoding(link.decoding);
  if (link.size !== undefined) state.setTextSize(link.size);
  if (link.language !== undefined) state.setLanguage(link.language);
  state.setQuestions(link.questions ?? []);
  if (link.model !== undefined) {
    if (!modelsListed(store)) state.preferModel(link.model);
    else if (state.models.some((m) => m.key === link.model)) state.selectModel(link.model);
    else notices.push(missingModelNotice(link.model, shownModelLabel(state, catalogue), words));
  }
  if (link.compare !== undefined) state.setCompareSentence(link.compare);
  if (figure !== undefined) state.setCompareFigure(figure);
  state.setSection(section ?? null);
  if (link.view === 'present') state.present();
  else if (link.view === 'compare') state.openCompare();
  else state.showPage();
  const chosen = Object.keys(link.selection).length > 0;
  state.linkOpened({
    hidden: link.hidden,
    locked: link.locked,
    pendingSelection: chosen
      ? { sentence: store.getState().sentence, selection: link.selection }
      : null,
    pendingHeads: link.heads ?? [],
  });
  state.addLinkNotices(notices);
  settleLinkHeads(store);
}

/**
 * Once the model's sizes are known, the link's heads it has are switched off (a link that names
 * none switches every head back on), and each it lacks gets a notice.
 */
export function settleLinkHeads(store: StoreApi<AppState>): void {
  const state = store.getState();
  const config = state.modelInfo?.config;
  if (!state.pendingLinkHeads || !config) return;
  const { heads, notices } = headsInModel(
    state.pendingLinkHeads,
    config,
    textIn(state.language).link,
  );
  const unchanged =
    heads.length === state.ablatedHeads.length &&
    heads.every((h, i) => {
      const now = state.ablatedHeads[i];
      return h.kind === now.kind && h.layer === now.layer && h.head === now.head;
    });
  state.linkHeadsSettled(unchanged ? state.ablatedHeads : heads);
  state.addLinkNotices(notices);
}

/** The name of the model the page shows, for a notice written in `words`' language. */
export function shownModelLabel(state: AppState, words: Catalogue): string {
  const shown = state.models.find((m) => m.key === state.modelKey);
  return shown ? modelLabel(shown, words.app) : words.link.firstModel;
}

/**
 * The link's selection, clamped to the run it waited for, once that run is on screen: a run of
 * the link's sentence, on a model whose sizes are known. Null until then, and when none waits.
 */
export function linkSelectionToApply(state: AppState): ClampedLinkSelection | null {
  const pending = state.pendingLinkSelection;
  const run = state.lastGood;
  if (!pending || !run || !state.modelInfo || run.result.sentence !== pending.sentence) return null;
  return clampLinkSelection(pending.selection, selectionBounds(state), textIn(state.language).link);
}
