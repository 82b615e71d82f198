/**
 * The frames of the "it" family, made like Winograd schemas: two nouns, often of the same kind,
 * and a reason whose adjective picks one of them by its role in the event, not by its kind.
 * "The dog didn't catch the cat because it was too slow" is about the dog (the one that tried);
 * "… too fast" is about the cat (the one that got away). Turning the verb positive swaps the
 * roles again ("the dog caught the cat because it was slow" is about the cat), so neither the
 * position of a noun, nor its kind, nor the adjective alone gives the answer away.
 */
import { ADJECTIVES, type Adjective } from '../lexicon/adjectives';
import { ANIMALS, OBSTACLES, noun, type Noun } from '../lexicon/nouns';

/** The one who acts (the dog that chases) or the one acted on (the cat, the street). */
export type ItRole = 'agent' | 'patient';

export interface ItVerb {
  en: { base: string; third: string; past: string; participle: string };
  fr: {
    /** il / ils forms of the present. */
    present: readonly [string, string];
    participle: string;
    /** The past of a state ("ne tenait pas dans"): an imparfait, not a passé composé. */
    imparfait?: readonly [string, string];
  };
  /** A preposition between the verb and its object: "fit in" ↔ "tenir dans". */
  preposition?: { en: string; fr: string };
  /** Whether "the cat wasn't caught by the dog" is natural. */
  passive: boolean;
}

/** Which adjectives make the reason about which role, for a negated and for a positive verb. */
export interface ItReasons {
  negated: Record<ItRole, readonly Adjective[]>;
  positive?: Record<ItRole, readonly Adjective[]>;
}

export interface ItFrame {
  name: string;
  verb: ItVerb;
  agents: readonly Noun[];
  patients: readonly Noun[];
  reasons: ItReasons;
  /** How often this frame is drawn, relative to the others. */
  weight: number;
}

function adjectiveNamed(english: string): Adjective {
  const found = ADJECTIVES.find((a) => a.en === english);
  if (found) return found;
  throw new Error(`no adjective "${english}" in the lexicon`);
}

/** An adjective of the "it" frames that the lexicon may not hold: regular agreement unless given. */
function itAdjective(en: string, ms: string, forms: { fs?: string; mp?: string } = {}): Adjective {
  const known = ADJECTIVES.find((a) => a.en === en);
  if (known) return known;
  const fs = forms.fs ?? (ms.endsWith('e') ? ms : `${ms}e`);
  const mp = forms.mp ?? (/[sx]$/.test(ms) ? ms : `${ms}s`);
  return { en, fr: { ms, fs, mp, fp: `${fs}s` }, beforeNoun: false, appliesTo: [] };
}

const VEHICLES: readonly Noun[] = [
  noun('car', 'voiture', 'f', ['vehicle']),
  noun('bus', 'bus', 'm', ['vehicle'], { en: 'buses', fr: 'bus' }),
  noun('truck', 'camion', 'm', ['vehicle']),
  noun('bicycle', 'vélo', 'm', ['vehicle']),
  noun('train', 'train', 'm', ['vehicle']),
  noun('boat', 'bateau', 'm', ['vehicle'], { fr: 'bateaux' }),
  noun('motorbike', 'moto', 'f', ['vehicle']),
  noun('tractor', 'tracteur', 'm', ['vehicle']),
  noun('van', 'camionnette', 'f', ['vehicle']),
];

/** Things that hold things, and so can be either side of "fit in". */
const CONTAINERS: readonly Noun[] = [
  noun('box', 'boîte', 'f', ['thing'], { en: 'boxes' }),
  noun('bag', 'sac', 'm', ['thing']),
  noun('suitcase', 'valise', 'f', ['thing']),
  noun('basket', 'panier', 'm', ['thing']),
  noun('bucket', 'seau', 'm', ['thing'], { fr: 'seaux' }),
  noun('cup', 'tasse', 'f', ['thing']),
  noun('bowl', 'bol', 'm', ['thing']),
  noun('drawer', 'tiroir', 'm', ['thing']),
  noun('bottle', 'bouteille', 'f', ['thing']),
  noun('pot', 'casserole', 'f', ['thing']),
];

const BIG_ANIMALS = ANIMALS.filter((a) =>
  ['horse', 'elephant', 'cow', 'goat', 'dog', 'giraffe'].includes(a.en.singular),
);

const tired = adjectiveNamed('tired');
const slow = adjectiveNamed('slow');
const lazy = adjectiveNamed('lazy');
const weak = adjectiveNamed('weak');
const fast = adjectiveNamed('fast');
const big = adjectiveNamed('big');
const small = adjectiveNamed('small');
const clever = itAdjective('clever', 'malin', { fs: 'maligne' });
const strong = itAdjective('strong', 'fort');
const heavy = itAdjective('heavy', 'lourd');
const light = itAdjective('light', 'léger', { fs: 'légère' });
const full = itAdjective('full', 'plein');
const long = adjectiveNamed('long');

/** The post's own frame: the animal and what it did not cross. */
const CROSS_AGENT = ADJECTIVES.filter((a) => a.it === 'tired' && a.appliesTo.includes('animal'));
const CROSS_PATIENT = ADJECTIVES.filter((a) => a.it === 'wide');

export const IT_FRAMES: readonly ItFrame[] = [
  {
    name: 'cross',
    verb: {
      en: { base: 'cross', third: 'crosses', past: 'crossed', participle: 'crossed' },
      fr: { present: ['traverse', 'traversent'], participle: 'traversé' },
      passive: false,
    },
    agents: ANIMALS,
    patients: OBSTACLES,
    reasons: { negated: { agent: CROSS_AGENT, patient: CROSS_PATIENT } },
    weight: 2,
  },
  {
    name: 'catch',
    verb: {
      en: { base: 'catch', third: 'catches', past: 'caught', participle: 'caught' },
      fr: { present: ['attrape', 'attrapent'], participle: 'attrapé' },
      passive: true,
    },
    agents: ANIMALS,
    patients: ANIMALS,
    reasons: {
      negated: { agent: [slow, tired, lazy], patient: [fast, clever] },
      positive: { agent: [fast, clever], patient: [slow, tired] },
    },
    weight: 3,
  },
  {
    name: 'pass',
    verb: {
      en: { base: 'pass', third: 'passes', past: 'passed', participle: 'passed' },
      fr: { present: ['dépasse', 'dépassent'], participle: 'dépassé' },
      passive: true,
    },
    agents: [...VEHICLES, ...ANIMALS],
    patients: [...VEHICLES, ...ANIMALS],
    reasons: {
      negated: { agent: [slow, tired], patient: [fast] },
      positive: { agent: [fast], patient: [slow] },
    },
    weight: 2,
  },
  {
    name: 'follow',
    verb: {
      en: { base: 'follow', third: 'follows', past: 'followed', participle: 'followed' },
      fr: { present: ['suit', 'suivent'], participle: 'suivi' },
      passive: true,
    },
    agents: ANIMALS,
    patients: ANIMALS,
    reasons: { negated: { agent: [slow, tired, lazy], patient: [fast] } },
    weight: 2,
  },
  {
    name: 'carry',
    verb: {
      en: { base: 'carry', third: 'carries', past: 'carried', participle: 'carried' },
      fr: { present: ['porte', 'portent'], participle: 'porté' },
      passive: true,
    },
    agents: BIG_ANIMALS,
    patients: [...ANIMALS, ...CONTAINERS],
    reasons: {
      negated: { agent: [weak, tired, small], patient: [heavy, big] },
      positive: { agent: [strong, big], patient: [light, small] },
    },
    weight: 2,
  },
  {
    name: 'fit',
    verb: {
      en: { base: 'fit', third: 'fits', past: 'fit', participle: 'fit' },
      fr: {
        present: ['tient', 'tiennent'],
        participle: 'tenu',
        imparfait: ['tenait', 'tenaient'],
      },
      preposition: { en: 'in', fr: 'dans' },
      passive: false,
    },
    agents: CONTAINERS,
    patients: CONTAINERS,
    reasons: {
      negated: { agent: [big, long], patient: [small, full] },
      positive: { agent: [small], patient: [big] },
    },
    weight: 2,
  },
];
