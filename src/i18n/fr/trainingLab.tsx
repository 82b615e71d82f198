/** French text of the training lab. */
import { settingsProblem } from './settingsProblems';
import { labReset, noRun, trainingStopped } from './trainingFailures';
import { comma, count } from './numbers';
import type { Catalogue } from '../en';

const KIND_WORDS = { copy: 'copie', reverse: 'inversion', sort: 'tri' };
const SYMBOL_WORDS = { digits: 'chiffres', letters: 'lettres' };

export const trainingLab: Catalogue['trainingLab'] = {
  count,
  fixed: (value, digits) => comma(value.toFixed(digits)),
  exponent: (value) => comma(value.toExponential(2)),
  tick: (value) => comma(String(value)),

  intro: [
    'Tous les modèles de cette page ont été entraînés avant que vous ne l’ouvriez. Ici, vous pouvez en entraîner un vous-même, à partir de poids aléatoires, dans cet onglet du navigateur. L’entraînement tourne dans un fil d’exécution à part\u202f: la page, et la zone de saisie en haut, continuent de répondre pendant ce temps.',
    'Une étape d’entraînement prend un lot (batch) d’exemples dont on connaît la réponse. Le modèle lit chaque source\u202f; on montre au décodeur la bonne réponse jusque-là (décalée d’une position, pour qu’il ne voie jamais le mot qu’il doit prédire), et il donne, à chaque position, une probabilité pour chaque mot de son vocabulaire. La perte mesure l’écart entre ces probabilités et les bons mots. La rétropropagation calcule ensuite, pour chacun des nombres du modèle, dans quel sens une petite modification ferait baisser cette perte, et l’optimiseur Adam les déplace tous un peu dans ce sens. La taille du pas suit le calendrier de l’article\u202f: elle augmente pendant l’échauffement (warm-up), puis diminue lentement.',
    'La courbe montre la perte de chaque lot et, de temps en temps, la perte sur des exemples mis de côté, sur lesquels le modèle ne s’entraîne jamais\u202f: tant que les deux baissent, il apprend la tâche au lieu de mémoriser des exemples. Avec le lissage des étiquettes (label smoothing), comme dans l’article, la perte se stabilise au-dessus de zéro, au niveau de la ligne en pointillés.',
  ],
  introProbe: (copy, reverse, sort) => (
    <>
      Toutes les quelques étapes, un exemple témoin traverse le modèle et son attention est
      dessinée. Essayez {copy}
      {'\u202f'}: l’attention encodeur-décodeur forme une diagonale, chaque mot de sortie regardant
      le mot source à la même place. Essayez {reverse}
      {'\u202f'}: la diagonale part dans l’autre sens. Avec {sort}, chaque mot de sortie cherche le
      plus petit symbole suivant, où qu’il se trouve.
    </>
  ),
  taskNames: {
    copy: 'Copier',
    reverse: 'Inverser',
    sort: 'Trier',
    translate: 'Traduire',
  },
  taskWords: { copy: 'copier', reverse: 'inverser', sort: 'trier' },

  settings: 'Réglages de l’entraînement',
  task: 'Tâche',
  symbols: 'Symboles',
  digits: 'chiffres 0–9',
  letters: 'lettres a–z',
  shortest: 'Plus courte',
  longest: 'Plus longue',
  direction: 'Sens',
  directions: { 'en-fr': 'anglais → français', 'fr-en': 'français → anglais' },
  trainingExamples: 'Exemples d’entraînement',
  sentencePairs: 'Paires de phrases',
  model: 'Modèle',
  dModel: (paper) => `d_model (article\u202f: ${paper})`,
  heads: (paper) => `Têtes (article\u202f: ${paper})`,
  layers: (encoder, decoder) => `Couches (article\u202f: ${encoder} + ${decoder})`,
  training: 'Entraînement',
  batchSize: 'Taille du lot (batch)',
  learningRate: 'Taux d’apprentissage × (article\u202f: 1)',
  warmup: 'Étapes d’échauffement (article\u202f: 4\u202f000)',
  steps: 'Étapes (article\u202f: 100\u202f000)',
  seed: 'Graine',

  start: 'Démarrer',
  startAgain: 'Recommencer',
  pause: 'Pause',
  resume: 'Reprendre',
  stop: 'Arrêter',
  reset: 'Réinitialiser',
  idle: 'Pas encore démarré\u202f: choisissez une tâche et appuyez sur Démarrer.',
  preparing: 'Préparation des exemples et du modèle…',
  running: 'Entraînement en cours.',
  trainingAt: (step, of) => `Entraînement\u202f: étape ${step}${of === null ? '' : ` sur ${of}`}.`,
  at: (step, of) => `Étape ${step}${of === null ? '' : ` sur ${of}`}.`,
  paused: (step, of) => `En pause à l’étape ${step}${of === null ? '' : ` sur ${of}`}.`,
  stopped: (step) =>
    `Arrêté à l’étape ${step}. Le modèle garde ce qu’il a appris\u202f: ouvrez-le ou enregistrez-le ci-dessous.`,
  finished: (steps) =>
    `Terminé\u202f: ${steps} étapes. Ouvrez le modèle dans toutes les vues ou enregistrez-le ci-dessous.`,
  failed: 'L’entraînement n’a pas pu continuer.',
  settingsProblem,
  trainingStopped,
  noRun,
  labReset,
  cannotTrain: (problem) => `Impossible d’entraîner avec ces réglages\u202f: ${problem}.`,

  taskLabel: (task) => {
    if (task.kind === 'translate') {
      const direction = task.direction === 'en-fr' ? 'anglais → français' : 'français → anglais';
      return `${direction}, ${count(task.examples)} paires`;
    }
    const lengths =
      task.minLength === task.maxLength
        ? `${task.maxLength}`
        : `${task.minLength} à ${task.maxLength}`;
    return `${KIND_WORDS[task.kind]}, ${lengths} ${SYMBOL_WORDS[task.symbols]}`;
  },
  readoutCaption: (task) =>
    `${task}\u202f: cet entraînement à côté du modèle de base de l’article (anglais → allemand)`,
  measure: 'mesure',
  here: 'ici',
  paper: 'article',
  stepsTrained: 'Étapes effectuées',
  paperSteps: '100\u202f000',
  recentLoss: (steps) =>
    `Perte d’entraînement (moyenne des ${steps > 0 ? steps : 'quelques'} dernières étapes)`,
  heldOutLoss: (examples) =>
    `Perte sur les exemples mis de côté (${examples} exemples jamais vus à l’entraînement)`,
  heldOutAt: (loss, step) => `${loss} à l’étape ${step}`,
  floor: 'Perte la plus basse possible (lissage des étiquettes 0,1)',
  speed: 'Mots par seconde (source et cible)',
  learningRateNow: 'Taux d’apprentissage actuel',
  parameters: 'Paramètres',
  paperParameters: '65 millions',
  size: 'd_model · têtes · couches',
  examples: 'Exemples d’entraînement',
  paperExamples: '4,5 millions de paires',

  chartFileName: 'labo-entraînement',
  chartFileLoss: 'perte',
  fileStep: (step) => `étape ${step}`,
  chartCaption: (step) =>
    `Perte du modèle entraîné dans la page, étape par étape jusqu’à l’étape ${step}, avec sa perte sur les exemples mis de côté.`,
  noStepYet: 'Courbe de perte\u202f: aucune étape d’entraînement pour l’instant.',
  curveSummary: (steps, first, lately, heldOut, at) =>
    `Courbe de perte sur ${steps} étapes\u202f: perte d’entraînement ${first} à la première étape, ${lately} récemment` +
    (heldOut === null
      ? '.'
      : `\u202f; perte sur les exemples mis de côté ${heldOut} à l’étape ${at}.`),
  stepAxis: 'étape',
  lossAxis: 'perte',
  floorLine: 'plancher dû au lissage des étiquettes',
  pointTitle: (step, loss) => `étape ${step}\u202f: perte sur les exemples mis de côté ${loss}`,
  trainKey: 'perte d’entraînement (chaque lot)',
  heldOutKey: 'perte sur les exemples mis de côté (jamais vus à l’entraînement)',
  chartTable: (before) =>
    'Perte sur les exemples mis de côté à chaque mesure, et perte d’entraînement moyenne des étapes depuis la mesure précédente' +
    (before === null
      ? ''
      : `\u202f; avant l’entraînement, la perte sur les exemples mis de côté valait ${before}`),
  tableStep: (step) => `étape ${step}`,
  heldOutColumn: 'perte mise de côté',
  trainingColumn: 'perte d’entraînement',

  probeFileName: 'attention témoin',
  kinds: {
    'encoder-self': 'encodeur (self)',
    'decoder-self': 'décodeur (self)',
    cross: 'encodeur-décodeur',
  },
  kindTitles: {
    'encoder-self': 'Self-attention de l’encodeur',
    'decoder-self': 'Self-attention du décodeur (masquée)',
    cross: 'Attention encodeur-décodeur',
  },
  meanOfHeads: 'moyenne de toutes les têtes',
  head: (head) => `tête ${head}`,
  probeName: (kind, layer, head, step) =>
    `${kind}, couche ${layer}, ${head}, après l’étape ${step}`,
  probeReads: (source, expected) => (
    <>
      L’exemple témoin lit {source}
      {'\u202f'}; la bonne réponse est {expected}.
    </>
  ),
  probeWrites: (step, output, right) => (
    <>
      Après {step} étapes, le modèle écrit {output} {right ? '✓ juste' : '✗ pas encore'}.
    </>
  ),
  nothing: '(rien)',
  attentionKind: 'Type d’attention',
  layer: 'Couche',
  headPicker: 'Tête',
  meanOfAll: (heads) => `moyenne des ${heads}`,
  attentionWeight: 'poids d’attention',
  shares: (diagonal, antiDiagonal, eos) => (
    <>
      Poids moyen sur la diagonale{'\u202f'}: {diagonal}
      {'\u202f'}; sur l’antidiagonale{'\u202f'}: {antiDiagonal} (sur les mots, sans {eos}).
    </>
  ),

  openInApp: 'Ouvrir dans toutes les vues',
  save: 'Enregistrer dans un fichier',
  load: 'Charger un fichier de modèle…',
  fileToLoad: 'Fichier de modèle à charger',
  opened: (label) =>
    `La page utilise maintenant «\u00a0${label}\u00a0»\u202f: la zone de saisie en haut et toutes les figures au-dessus s’en servent. Choisissez un autre modèle en haut pour revenir en arrière.`,
  saved: (fileName) => `Enregistré sous ${fileName}.`,
  fileNote:
    'Un fichier enregistré contient les poids au format safetensors (ils s’ouvrent dans PyTorch sous les mêmes noms), avec la configuration, les mots et les réglages du labo dans ses métadonnées. Au chargement, chaque partie du fichier est vérifiée par rapport à la tâche qu’il indique.',
  trainedLabel: (task, step) => `Entraîné dans cette page\u202f: ${task}, étape ${step}`,
};
