/** French text of the page's frame: sentence bar, pickers, status, notices, link notices, compare view, banners, errors. */
import type { Catalogue } from '../en';
import { comma, count } from './numbers';

const LANGUAGE_IN_TEXT: Record<string, string> = { en: 'anglais', fr: 'français' };
const languageInText = (code: string) => LANGUAGE_IN_TEXT[code] ?? code;
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "a", "a et b", "a, b et c". */
function listed(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}

export const app: Catalogue['app'] = {
  language: 'Langue',
  languageName: { en: 'English', fr: 'Français' },
  textSize: 'Taille du texte',
  textSizeChoice: (percent, normal) => (normal ? `${percent} % (normale)` : `${percent} %`),

  yourSentence: (language) => `Votre phrase (en ${languageInText(language)})`,
  fixedByLink: ' · fixée par le lien',
  tokensRead: 'Les tokens que lit le modèle',
  unknownToken: 'inconnu du modèle\u202f: lu comme <unk>',
  translation: 'Traduction',
  translationEmpty:
    '(rien\u202f: le premier mot choisi par le modèle est la marque de fin de phrase, si bien que sa traduction s’arrête avant de commencer\u202f; des mots qu’il connaît lui donneraient plus de prise)',

  model: 'Modèle',
  modelsLoading: 'Chargement de la liste des modèles…',
  modelLabel: (source, target, origin) => {
    const pair = `${capitalised(languageInText(source))} → ${languageInText(target)}`;
    if (origin === 'beforeTraining') return `${pair}, avant l’entraînement`;
    return origin === 'builtIn' ? `${pair}, non entraîné (intégré à la page)` : pair;
  },

  decoding: 'Décodage',
  greedy: 'glouton',
  beamSearch: 'recherche en faisceau',
  beamSize: 'largeur du faisceau',

  loadingModel: 'Chargement du modèle…',
  running: (stages, last) =>
    `Calcul en cours\u202f: ${stages} étapes reçues${last ? `, la dernière ${last}` : ''}…`,
  translated: (roundTripMs, computeMs, stages, megabytes) =>
    `Traduit en ${comma(roundTripMs.toFixed(1))} ms (moteur ${comma(computeMs.toFixed(1))} ms)\u202f; ` +
    `trace de ${stages} étapes, ${comma(megabytes.toFixed(2))} Mo.`,
  parameters: (n) => `${count(n)} paramètres`,

  translateAgain: 'Traduire à nouveau',
  dismiss: 'Fermer',
  retry: 'Réessayer',
  figureFailed: (reason) =>
    `Cette figure n’a pas pu être dessinée pour cette phrase\u202f: ${reason}`,

  untrainedTitle: 'Ce modèle n’est pas entraîné.',
  untrainedBody:
    ' Ses poids sont des nombres aléatoires tirés d’une graine, donc sa traduction n’a pas de sens\u202f; chaque nombre reste pourtant le vrai résultat du moteur sur votre phrase.',
  untrainedNoneShips: ' La page ne fournit encore aucun modèle entraîné.',
  untrainedPickTrained: ' Choisissez le modèle entraîné pour voir ce que l’entraînement a changé.',

  unknownLabelled: (labels) =>
    ` Les figures ${labels.length === 1 ? 'le notent' : 'les notent'} ${labels.join(', ')}.`,
  insteadOf: 'Au lieu de ',
  tryThese: ', essayez',
  wordKinds: {
    noun: 'un nom',
    adjective: 'un adjectif',
    verb: 'un verbe',
    be: 'une forme de «\u00a0to be\u00a0» (être)',
    auxiliary: 'un auxiliaire',
    infinitive: '«\u00a0to\u00a0» de l’infinitif',
    determiner: 'un déterminant',
    subject: 'un pronom sujet',
    pronoun: 'un pronom',
    preposition: 'une préposition',
    number: 'un nombre',
    degree: 'un mot comme «\u00a0very\u00a0» (très)',
    negation: 'une négation',
    conjunction: 'un mot de liaison',
    time: 'un mot de temps',
  },
  kindHere: (kinds) => `ici ${kinds.join(' ou ')}`,

  readAsNames: (n) => `Lu comme ${n === 1 ? 'un prénom' : 'des prénoms'}\u202f:`,
  nameGender: (feminine, guessed) =>
    `${feminine ? 'une femme' : 'un homme'}${guessed ? ', deviné d’après la phrase' : ''}`,
  namesExplained:
    '. Le modèle n’a jamais appris de prénoms\u202f: il a appris à reporter un emplacement de prénom dans la traduction, et la page y réécrit le prénom.',

  headsBackOn: 'Rallumer toutes les têtes',

  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié\u202f:',
  copyThisLink: 'Copiez ce lien\u202f:',
  linkToView: 'Lien vers cette vue',

  linkNotUsed: 'Une partie de ce lien n’a pas pu être utilisée telle quelle\u202f:',
  linkPartsNotUsed: (n) =>
    n === 1
      ? '1 partie du lien n’a pas pu être utilisée'
      : `${n} parties du lien n’ont pas pu être utilisées`,
  fixedByTheLink: 'Fixé par le lien',
  controlNames: {
    sentence: 'la zone de saisie de la phrase',
    model: 'le choix du modèle',
    decoding: 'le choix du décodage',
    present: 'le bouton de présentation',
    compare: 'la comparaison de deux phrases',
  },
  linkControls: (hidden, fixed) => {
    const said = [
      hidden.length > 0 && `masque ${listed(hidden)}`,
      fixed.length > 0 && `fixe ${listed(fixed)}`,
    ].filter(Boolean);
    return `Ce lien ${said.join(' et ')}, pour que l’exercice reste ciblé.`;
  },
  showAllControls: 'Afficher toutes les commandes',
};
