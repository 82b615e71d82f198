/** French text of what the page says about a link it opened: the parts it could not use, and why. */
import type { AblatedSublayer } from '../../engine';
import type { SelectionKey } from '../../app/url/linkState';
import type { Catalogue } from '../en';
import { quoted } from './components';
import { count } from './numbers';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const SENTENCES = { sentence: 'la phrase du lien', compare: 'la seconde phrase du lien' };

/**
 * Each part of the selection with its article (`the`), its plural, the agreement of a past
 * participle with it (`e` when feminine), and how many of it the run has.
 */
const PARTS: Record<
  SelectionKey,
  { the: string; all: string; e: string; has: string; one: string; many: string }
> = {
  layer: {
    the: 'la couche',
    all: 'les couches',
    e: 'e',
    has: 'ce modèle a',
    one: 'couche',
    many: 'couches',
  },
  head: {
    the: 'la tête',
    all: 'les têtes',
    e: 'e',
    has: 'chaque couche a',
    one: 'tête',
    many: 'têtes',
  },
  query: {
    the: 'le mot',
    all: 'les mots',
    e: '',
    has: 'la phrase compte',
    one: 'jeton',
    many: 'jetons',
  },
  step: {
    the: 'l’étape de décodage',
    all: 'les étapes de décodage',
    e: 'e',
    has: 'la traduction a pris',
    one: 'étape de décodage',
    many: 'étapes de décodage',
  },
};

/** What the page does with the controls or questions a link names. */
const VERBS = { hide: 'masquer', lock: 'verrouiller', ask: 'poser les questions' };

const SUBLAYERS: Record<AblatedSublayer, string> = {
  enc: 'la self-attention de l’encodeur',
  'dec-self': 'la self-attention du décodeur',
  'dec-cross': 'l’attention encodeur-décodeur',
};

export const link: Catalogue['link'] = {
  tooLong: (length, limit) =>
    `Le lien compte ${count(length)} caractères, au-delà des ${count(limit)} que cette page lit\u202f; ` +
    `seuls les ${count(limit)} premiers ont été lus.`,
  tooManyParts: (parts, limit) =>
    `Le lien compte ${count(parts)} parties\u202f; seules les ${count(limit)} premières ont été lues.`,
  unknownPart: (part) =>
    `Cette page ne connaît pas la partie ${quoted(part)} du lien\u202f; elle a été ignorée.`,
  repeated: (key) =>
    `Le lien donne ${quoted(key)} plusieurs fois\u202f; seule la première valeur a été retenue.`,
  brokenEscape: (key) =>
    `La valeur de ${quoted(key)} dans le lien contient un échappement % invalide et n’a pas pu ` +
    'être lue\u202f; elle a été ignorée.',
  brokenSentence: (which) =>
    `${capital(SENTENCES[which])} contenait des caractères invalides\u202f; chacun a été remplacé par �.`,
  longSentence: (which, length, limit) =>
    `${capital(SENTENCES[which])} comptait ${count(length)} caractères\u202f; seuls les ` +
    `${count(limit)} premiers sont utilisés.`,
  notModelName: (model) =>
    `Le modèle ${quoted(model)} du lien n’est pas un nom de modèle\u202f; il a été ignoré.`,
  unknownView: (view) =>
    `Cette page n’a pas de vue ${quoted(view)}\u202f; elle s’affiche en entier.`,
  notAnId: (key, id) =>
    `La ${key} ${quoted(id)} du lien n’est pas un nom de ${key} valide\u202f; elle a été ignorée.`,
  notOnPage: (key, id) =>
    `La ${key} ${quoted(id)} du lien n’existe pas sur cette page\u202f; elle a été ignorée.`,
  unknownControls: (verb, names, more, offered) =>
    `Le lien demande de ${VERBS[verb]} ${names.map(quoted).join(', ')}${more ? '…' : ''}, ` +
    `ce que cette page ne peut pas faire\u202f; elle peut ${VERBS[verb]} ${offered.join(', ')}.`,
  notWholeNumber: (key, value) => {
    const { the, e } = PARTS[key];
    return `${capital(the)} ${quoted(value)} du lien n’est pas un nombre entier\u202f; ${
      e ? 'elle' : 'il'
    } a été ignoré${e}.`;
  },
  belowOne: (key, asked) => {
    const { the, all, e } = PARTS[key];
    return (
      `Le lien demande ${the} ${count(asked)}, mais ${all} se comptent à partir de 1\u202f: ` +
      `${the} 1 est affiché${e}.`
    );
  },
  pastLast: (key, asked, last) => {
    const { the, e, has, one, many } = PARTS[key];
    return (
      `Le lien demande ${the} ${count(asked)}, mais ${has} ${count(last)} ` +
      `${last === 1 ? one : many}\u202f: ${the} ${count(last)} est affiché${e}.`
    );
  },
  unknownLanguage: (language, languages) =>
    `La langue ${quoted(language)} du lien n’est pas une de celles de cette page ` +
    `(${languages.join(', ')})\u202f; la page garde sa langue.`,
  unknownSize: (size, sizes) =>
    `Cette page ne propose pas la taille de texte ${quoted(size)} du lien ` +
    `(${sizes.join(', ')}\u202f%)\u202f; le texte garde sa taille.`,
  unknownDecoding: (decoding) =>
    `Cette page ne connaît pas le décodage ${quoted(decoding)} du lien (greedy, beam-4, ` +
    'beam-4-2)\u202f; le décodage glouton est utilisé.',
  beamSize: (asked, offered, used) =>
    `Le lien demande un faisceau de ${count(asked)}\u202f; la page propose ${offered.join(', ')}, ` +
    `c’est donc un faisceau de ${used} qui est utilisé.`,
  returnedBeams: (asked, beamSize, shown) =>
    `Le lien demande ${count(asked)} faisceaux rendus, mais un faisceau de ${beamSize} en rend ` +
    `de 1 à ${beamSize}\u202f: ${shown === 1 ? '1 est affiché' : `${shown} sont affichés`}.`,
  tooManyHeads: (heads, limit) =>
    `Le lien éteint ${count(heads)} têtes, au-delà des ${count(limit)} que cette page lit\u202f; ` +
    `seules les ${count(limit)} premières ont été lues.`,
  unreadHeads: (entries, more) =>
    entries.length === 1 && !more
      ? `La tête à éteindre ${quoted(entries[0])} du lien n’est pas écrite sous la forme enc.2.4 ` +
        '(type, couche, tête)\u202f; elle reste allumée.'
      : `Les têtes à éteindre ${entries.map(quoted).join(', ')}${more ? '…' : ''} du lien ` +
        'ne sont pas écrites sous la forme enc.2.4 (type, couche, tête)\u202f; elles restent allumées.',
  headNotInModel: (kind, layer, head, layers, heads) =>
    `Le lien éteint la tête ${head} de la couche ${layer} de ${SUBLAYERS[kind]}, mais ce modèle ` +
    `a ${layers} couches de ${heads} têtes\u202f: elle reste allumée.`,
  missingModel: (asked, shown) =>
    `Cette page n’a pas de modèle ${quoted(asked)}\u202f; elle montre ${shown} à la place.`,
  firstModel: 'son premier modèle',
};
