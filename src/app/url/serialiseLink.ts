/**
 * Writing a link: the keys always in the same order and the values always written the same way,
 * so that a link read and written again is the same text, and a page whose state did not change
 * leaves its address alone.
 */
import { decodingText } from './decodingText';
import { headsText } from './headsText';
import { NORMAL_TEXT_SIZE } from '../../store/uiSlice';
import { FIRST_LANGUAGE } from '../../i18n/language';
import { SELECTION_KEYS, type LinkKey, type LinkState } from './linkState';
import { encodePart } from './linkText';

/** The link for `link`, without the leading `#`. */
export function serialiseLink(link: LinkState): string {
  const parts: [LinkKey, string][] = [];
  const add = (key: LinkKey, value: string | undefined) => {
    if (value !== undefined) parts.push([key, value]);
  };
  add('sentence', link.sentence);
  add('model', link.model);
  add('decoding', link.decoding && decodingText(link.decoding));
  add('view', link.view === 'page' ? undefined : link.view);
  add('section', link.section);
  for (const { key, field } of SELECTION_KEYS) {
    const index = link.selection[field];
    add(key, index === undefined ? undefined : String(index + 1));
  }
  add('off', link.heads && link.heads.length > 0 ? headsText(link.heads) : undefined);
  add('compare', link.compare);
  add('figure', link.figure);
  add('hide', link.hidden.length > 0 ? link.hidden.join(',') : undefined);
  add('lock', link.locked.length > 0 ? link.locked.join(',') : undefined);
  add(
    'size',
    link.size === undefined || link.size === NORMAL_TEXT_SIZE ? undefined : String(link.size),
  );
  add('lang', link.language === FIRST_LANGUAGE ? undefined : link.language);
  add('questions', link.questions?.length ? link.questions.join(',') : undefined);
  return parts.map(([key, value]) => `${key}=${encodeControls(key, value)}`).join('&');
}

/** Lists of controls and heads keep their commas readable; everything else is escaped as text. */
function encodeControls(key: LinkKey, value: string): string {
  return key === 'hide' || key === 'lock' || key === 'off' || key === 'questions'
    ? value
    : encodePart(value);
}
