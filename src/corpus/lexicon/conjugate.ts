/**
 * The regular patterns of both languages' verbs, so that each verb of the lexicon writes out only
 * what is irregular about it.
 */
import type { Conjugation, Verb } from './verbs';

/** The imparfait from the stem of the nous form: mange|ons → mangeais, …; voy|ons → voyais. */
function imparfaitOf(present: Conjugation): Conjugation {
  const stem = present[3].replace(/ons$/, '');
  // Before i, the e of "mangeons" and the cedilla of "commençons" are not needed: mangions.
  const soft = stem.replace(/ge$/, 'g').replace(/ç$/, 'c');
  return [`${stem}ais`, `${stem}ais`, `${stem}ait`, `${soft}ions`, `${soft}iez`, `${stem}aient`];
}

/** French forms from the infinitive, the present and the past participle. */
export function french(infinitive: string, present: Conjugation, participle: string): Verb['fr'] {
  return { infinitive, present, imparfait: imparfaitOf(present), participle };
}

/**
 * A regular -er verb: aim|er → aime, aimes, aime, aimons, aimez, aiment; aimé. The stem of je,
 * tu, il and ils may change (achet → achète, appel → appelle, nettoy → nettoie); nous keeps the
 * sound of g and c before o: mangeons, commençons.
 */
export function erVerb(stem: string, stressed = stem): Verb['fr'] {
  const nous = stem.replace(/g$/, 'ge').replace(/c$/, 'ç');
  return french(
    `${stem}er`,
    [`${stressed}e`, `${stressed}es`, `${stressed}e`, `${nous}ons`, `${stem}ez`, `${stressed}ent`],
    `${stem}é`,
  );
}

/** A verb like finir: fin|ir → finis, finis, finit, finissons, finissez, finissent; fini. */
export function irVerb(stem: string): Verb['fr'] {
  return french(
    `${stem}ir`,
    [`${stem}is`, `${stem}is`, `${stem}it`, `${stem}issons`, `${stem}issez`, `${stem}issent`],
    `${stem}i`,
  );
}

/** A verb like vendre: vend|re → vends, vends, vend, vendons, vendez, vendent; vendu. */
export function reVerb(stem: string): Verb['fr'] {
  return french(
    `${stem}re`,
    [`${stem}s`, `${stem}s`, stem, `${stem}ons`, `${stem}ez`, `${stem}ent`],
    `${stem}u`,
  );
}

/**
 * English forms from the base: third person, past and past participle, and -ing, regular unless
 * given ("eat" → "ate", "eaten", "eating"). A consonant and y become ie: carries, carried.
 */
export function english(
  base: string,
  irregular: { third?: string; past?: string; participle?: string; ing?: string } = {},
): Verb['en'] {
  const yStem = /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ie` : undefined;
  const regularThird = /(s|sh|ch|x|o)$/.test(base) ? `${base}es` : `${base}s`;
  const third = irregular.third ?? (yStem ? `${yStem}s` : regularThird);
  const regularPast = yStem ? `${yStem}d` : base.endsWith('e') ? `${base}d` : `${base}ed`;
  const past = irregular.past ?? regularPast;
  const ing = irregular.ing ?? (/[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`);
  return { base, third, past, participle: irregular.participle ?? past, ing };
}
