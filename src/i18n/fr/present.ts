/** French text of Present mode: its controls, step titles and captions, questions. */
import { number } from './numbers';
import type { Catalogue } from '../en';

/** « mot », in French quotation marks with no-break spaces inside. */
const quoted = (word: string) => `«\u00a0${word}\u00a0»`;
/** A narrow no-break space, before ? ! : ; in French. */
const thin = '\u202f';

export const present: Catalogue['present'] = {
  start: 'Présenter',
  region: 'Présentation',
  sentence: 'Phrase',
  stepOf: (step, count) => `Étape ${step} sur ${count}`,
  goToStep: 'Aller à l’étape',
  fullScreen: 'Plein écran',
  leave: 'Quitter (Échap)',
  progress: 'Avancement dans les étapes',
  stepsNav: 'Étapes',
  previous: '← Précédent',
  next: 'Suivant →',
  keys: (count) =>
    `← → ou Espace pour avancer · Début, Fin · 1–${count} pour sauter · Échap pour quitter`,
  questionKeys: (choices) =>
    `1–${Math.min(choices, 9)} pour choisir · → ou Espace pour révéler · ← retour · Échap pour quitter`,

  captions: {
    blackBox: 'Le modèle entier vu comme une boîte\u00a0: une phrase entre, sa traduction sort.',
    encoderInside:
      'À l’intérieur d’une couche de l’encodeur\u00a0: la self-attention permet à chaque mot de regarder les autres, puis un petit réseau feed-forward traite chaque mot séparément.',
    decoderInside:
      'À l’intérieur d’une couche du décodeur\u00a0: elle regarde les mots déjà écrits, puis la phrase à traduire, puis traite chaque mot séparément.',
    embeddings:
      'Chaque mot devient une liste de nombres, son plongement (embedding). Chaque ligne ici est un mot de la phrase.',
    encoderFlow:
      'Ces listes de nombres traversent une couche de l’encodeur\u00a0: d’abord la self-attention, puis le réseau feed-forward.',
    encoding:
      'Tous les mots traversent la même couche en même temps. La self-attention mélange les mots entre eux\u00a0; le réseau feed-forward traite chaque mot seul.',
    itHead:
      'Quand le modèle lit «\u00a0it\u00a0» (ou «\u00a0il\u00a0»), la self-attention lui fait regarder les autres mots. Voici la tête qui trouve le mieux le nom désigné\u00a0: plus le trait est épais, plus l’attention est forte.',
    selfAttentionSteps:
      'La self-attention pour un mot, en six petites étapes, avec les nombres de ce modèle. Appuyez sur → pour les parcourir.',
    queries:
      'Tous les mots à la fois\u00a0: les vecteurs des mots, empilés en une matrice X, multipliés par des poids appris, donnent la requête (query) de chaque mot.',
    keys: 'La même matrice X, multipliée par d’autres poids appris, donne la clé (key) de chaque mot.',
    values: 'Et, multipliée par un troisième jeu de poids, la valeur (value) de chaque mot.',
    attentionScores:
      'Puis l’attention elle-même, pour tous les mots ensemble. D’abord les scores\u00a0: chaque requête multipliée par chaque clé, divisée par la racine carrée de la longueur des clés.',
    attentionWeightedSum:
      'Le softmax fait de chaque ligne de scores des poids dont la somme vaut 1\u00a0; les poids multipliés par les valeurs donnent le résultat de chaque mot.',
    everyHead:
      'Le modèle fait tourner plusieurs têtes d’attention côte à côte, chacune avec ses propres poids.',
    headOutputs: 'Chaque tête donne son propre résultat pour chaque mot.',
    concat:
      'Les résultats des têtes sont mis bout à bout et multipliés par une dernière matrice, pour retrouver un vecteur par mot.',
    multiHeadRecap: 'Toute la self-attention multi-têtes sur un seul écran.',
    twoHeads:
      'Deux têtes qui lisent le même mot\u00a0: chaque tête prête attention à des mots différents.',
    allHeads: 'Toutes les têtes à la fois\u00a0: ensemble, elles regardent beaucoup de mots.',
    attentionMap:
      'Une carte de l’attention\u00a0: chaque ligne est un mot qui regarde, chaque colonne un mot regardé. Plus la case est foncée, plus l’attention est forte.',
    attribution:
      'Quels mots de la phrase ont décidé de ce mot de la traduction\u00a0? Chaque rangée de barres est une façon de le mesurer.',
    headsOff:
      'Éteignez une tête à la fois et voyez de combien le modèle devient moins sûr de son mot.',
    alignmentScoreboard:
      'Combien de fois chaque tête regarde le plus le mot qu’un traducteur humain lui associerait.',
    positionalSum:
      'Le modèle n’a par lui-même aucune idée de l’ordre des mots\u00a0: on ajoute donc aux nombres de chaque mot un signal propre à sa position.',
    positionalToy:
      'Un tout petit exemple de ce signal\u00a0: des ondes de vitesses différentes, une par colonne.',
    positionalHeatmap: (positions) =>
      `Le signal pour ${positions} positions\u00a0: chaque ligne est une position, chaque colonne un nombre du vecteur.`,
    residuals:
      'Chaque partie d’une couche ajoute son résultat à ce qui est entré (les chemins en pointillés), puis remet les nombres à la même échelle.',
    addAndNorm:
      'Addition et normalisation, avec de vrais nombres\u00a0: la somme est remise à l’échelle pour que ses nombres aient une moyenne de 0.',
    modelAsBuilt:
      'Le modèle entier tel qu’il est construit ici\u00a0: les couches de l’encodeur, puis celles du décodeur.',
    decoderSteps:
      'Le décodeur écrit la traduction un mot à la fois. Appuyez sur → pour voir chaque mot être choisi.',
    causalMask:
      'Le décodeur n’a pas le droit de regarder les mots suivants\u00a0: ils sont masqués pendant qu’il travaille sur un mot.',
    alignment:
      'Le mot de la phrase source que chaque mot traduit a regardé\u00a0: une case claire associe un mot de la traduction à un mot de la phrase.',
    finalLayer:
      'De la sortie du décodeur à un mot\u00a0: un score pour chaque mot que le modèle connaît, transformé en probabilités.',
    likeliestWords:
      'Les dix mots suivants les plus probables, avec leurs probabilités\u00a0: le modèle écrit le premier.',
    oneHot:
      'Pour l’entraînement, chaque mot correct s’écrit comme une liste avec un 1 à sa place et des 0 partout ailleurs.',
    lossTarget:
      'Ce que vise l’entraînement\u00a0: une ligne par mot de la traduction, claire au mot qui doit venir.',
    lossTrainedPrediction:
      'Ce que prédit le modèle entraîné, ligne par ligne\u00a0: ses cases claires tombent là où sont celles de la cible.',
    lossUntrainedPrediction:
      'Ce que prédisait le même modèle avant l’entraînement\u00a0: sa probabilité étalée finement sur tous les mots.',
    trainedLoss:
      'La perte du modèle entraîné à chaque mot\u00a0: faible, car il a donné une forte probabilité au bon mot.',
    untrainedLoss:
      'Le même modèle, avant l’entraînement, donnait aux bons mots des probabilités minuscules\u00a0: sa perte est donc grande.',
    greedyVsBeam:
      'Choisir les mots\u00a0: prendre le mot le plus probable à chaque étape, ou garder quelques phrases candidates et choisir la meilleure à la fin (recherche en faisceau, beam search).',
    trainingLab:
      'Entraînez vous-même un petit modèle, dans cette page, et regardez sa perte baisser.',
  },

  questionsToggle: (on) => `Questions${thin}: ${on ? 'oui' : 'non'}`,
  questionsToggleTitle:
    'Poser une question à la classe avant certaines figures, puis révéler la réponse du modèle',

  question: {
    label: 'Question pour la classe',
    choices: 'Réponses possibles',
    reveal: 'Révéler',
    waiting: 'Les nombres du modèle arrivent…',
    yes: 'Oui',
    no: 'Non',
    right: 'la réponse du modèle',
    picked: 'votre choix',
    rightGuess: `Bravo${thin}!`,
    wrongGuess: 'Pas cette fois.',
    itWord: (word) => `Quel mot ${quoted(word)} regarde-t-il le plus dans cette tête${thin}?`,
    itWordDetail: (layer, head) => `Encodeur, couche ${layer}, tête ${head}.`,
    nextWord: `Quel mot le décodeur va-t-il écrire ensuite${thin}?`,
    nextWordDetail: (written) =>
      written.length === 0
        ? `Il n’a encore rien écrit${thin}: ce sera son premier mot.`
        : `Il a écrit ${quoted(written.join(' '))} jusqu’ici.`,
    headOff: (word) =>
      `Si l’on éteint cette tête, le modèle sera-t-il moins sûr de ${quoted(word)}${thin}?`,
    headOffDetail: (head, itHead) =>
      itHead ? `${head}${thin}: la tête qui résout «\u00a0it\u00a0».` : `${head}.`,
    itWordWhy: (word, target, weight) =>
      `${quoted(word)} accorde ${weight.toFixed(2).replace('.', ',')} de son attention à ${quoted(target)}, plus qu’à tout autre mot.`,
    nextWordWhy: (word, probability, top) =>
      top
        ? `Le décodeur donne à ${quoted(word)} une probabilité de ${number(probability)}, la plus haute de tous ses mots, et l’écrit.`
        : `La recherche en faisceau écrit ${quoted(word)} (probabilité ${number(probability)})${thin}: la phrase entière qu’il commence a le meilleur score.`,
    headOffWhy: (word, before, after) =>
      after < before
        ? `Oui${thin}: sans cette tête, le modèle donne à ${quoted(word)} une probabilité de ${number(after)} au lieu de ${number(before)}.`
        : `Non${thin}: sans cette tête, le modèle donne à ${quoted(word)} une probabilité de ${number(after)}, pas moins que ${number(before)}.`,
  },
};
