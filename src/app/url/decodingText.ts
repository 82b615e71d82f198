/**
 * The decoding choice as a link writes it: `greedy`, `beam-4` (beam size 4, every beam returned)
 * or `beam-4-2` (beam size 4, the 2 best returned). The length penalty is the page's own.
 */
import type { DecodingChoice } from '../../engine';
import { BEAM_LENGTH_PENALTY } from '../../store/inputSlice';
import { link as english } from '../../i18n/en/link';
import type { Catalogue } from '../../i18n';
import { LINK_BEAM_SIZES, type LinkNotice } from './linkState';

export function decodingText(decoding: DecodingChoice): string {
  if (decoding.kind === 'greedy') return 'greedy';
  const { beamSize, returnBeams } = decoding;
  return returnBeams === beamSize ? `beam-${beamSize}` : `beam-${beamSize}-${returnBeams}`;
}

export interface ReadDecoding {
  decoding: DecodingChoice | null;
  notices: LinkNotice[];
}

const BEAM = /^beam-(\d{1,6})(?:-(\d{1,6}))?$/;

/**
 * The choice `text` names. A beam size the picker does not offer becomes the nearest it does,
 * and a count of returned beams is kept within 1 … beam size; each change is said with `words`.
 */
export function readDecoding(text: string, words: Catalogue['link'] = english): ReadDecoding {
  if (text === 'greedy') return { decoding: { kind: 'greedy' }, notices: [] };
  const match = BEAM.exec(text);
  if (!match) {
    return {
      decoding: null,
      notices: [notice(words.unknownDecoding(shorten(text)))],
    };
  }
  const notices: LinkNotice[] = [];
  const askedSize = Number(match[1]);
  const beamSize = nearest(askedSize, LINK_BEAM_SIZES);
  if (beamSize !== askedSize) {
    notices.push(notice(words.beamSize(askedSize, LINK_BEAM_SIZES, beamSize)));
  }
  const askedReturned = match[2] === undefined ? beamSize : Number(match[2]);
  const returnBeams = Math.min(Math.max(askedReturned, 1), beamSize);
  if (returnBeams !== askedReturned) {
    notices.push(notice(words.returnedBeams(askedReturned, beamSize, returnBeams)));
  }
  return {
    decoding: { kind: 'beam', beamSize, returnBeams, lengthPenalty: BEAM_LENGTH_PENALTY },
    notices,
  };
}

function nearest(value: number, options: readonly number[]): number {
  return options.reduce((best, option) =>
    Math.abs(option - value) < Math.abs(best - value) ? option : best,
  );
}

function notice(text: string): LinkNotice {
  return { key: 'decoding', text };
}

/** At most `length` characters of text taken from a link, for quoting it in a notice. */
export function shorten(text: string, length = 40): string {
  const characters = [...text.slice(0, length * 2)].filter((c) => !/\p{Cc}/u.test(c));
  return characters.length > length
    ? `${characters.slice(0, length).join('')}…`
    : characters.join('');
}
