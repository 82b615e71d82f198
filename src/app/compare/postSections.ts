/**
 * The page's sections as their families wrote them, before the page puts them in a FigureScope
 * (which reads the page's store): the compare view draws them under the second sentence's store.
 * Only the families whose figures draw the run on screen; the training sections draw other runs.
 */
import * as architecture from '../../views/architecture';
import * as attention from '../../views/attention';
import * as decoding from '../../views/decoding';
import * as matrices from '../../views/matrices';
import * as output from '../../views/output';
import * as positional from '../../views/positional';
import { SECTIONS, type Section } from '../../views/sections';
import * as vectors from '../../views/vectors';

const FAMILIES: readonly Record<string, unknown>[] = [
  architecture,
  vectors,
  attention,
  matrices,
  positional,
  decoding,
  output,
];

function isSection(value: unknown): value is Section {
  if (typeof value !== 'object' || value === null) return false;
  const { id, title, Component } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof title === 'string' && typeof Component === 'function';
}

const unwrapped = new Map(
  FAMILIES.flatMap((family) => Object.values(family).filter(isSection)).map((s) => [s.id, s]),
);

/** Those sections, in the page's order. */
export const RUN_SECTIONS: readonly Section[] = SECTIONS.flatMap((s) => {
  const section = unwrapped.get(s.id);
  return section ? [section] : [];
});
