/** French text of Recap of Training and The Loss Function. */
import { number } from './numbers';
import type { Catalogue } from '../en';

export const trainingRecap: Catalogue['trainingRecap'] = {
  vocabularyWaiting: 'Le vocabulaire apparaîtra ici dès que le modèle sera chargé.',
  recapIntro:
    'L’entraînement effectue exactement le calcul vers l’avant (forward pass) montré plus haut, sur des paires de phrases dont on connaît la traduction, et compare ce que prédit le modèle avec cette traduction connue. La comparaison se fait mot par mot, sur le vocabulaire de sortie du modèle\u202f: la liste fixe des mots qu’il sait écrire, choisie avant le début de l’entraînement, où chaque mot a son propre indice.',
  recapOneHot:
    'Un mot s’écrit comme un vecteur aussi large que le vocabulaire, avec un 1 à l’indice du mot et des 0 partout ailleurs\u202f: c’est son encodage one-hot. Ce vecteur est la cible à laquelle on compare, à chaque position, la distribution de probabilités donnée par le modèle.',

  vocabularyFileName: 'one-hot',
  vocabularyCaption: (size, word, id) =>
    `Le vocabulaire de sortie de ${size} mots et le vecteur one-hot de «\u00a0${word}\u00a0» (indice ${id}), avec sa version lissée (label smoothing).`,
  searchLabel: (size) =>
    `Chercher parmi les ${size} mots du vocabulaire de sortie (texte ou indice)`,
  searchPlaceholder: 'p. ex. suis, ou 5',
  matches: (matching, size, listed) =>
    `${matching} mots sur ${size}${listed === null ? '' : `\u202f; les ${listed} premiers sont affichés`}. Choisissez-en un pour voir son vecteur one-hot.`,
  vocabularyList: 'Vocabulaire de sortie',
  oneHotHeading: (word, id) => `Vecteur one-hot de «\u00a0${word}\u00a0» (indice ${id})`,
  oneHotBars: 'one-hot',
  oneHotBarsLabel: (word, size, id) =>
    `Vecteur one-hot de «\u00a0${word}\u00a0»\u202f: ${size} nombres, 1 à l’indice ${id} et 0 partout ailleurs`,
  oneHotSummary: (size, id) =>
    `${size} nombres\u202f: 1 à l’indice ${id}, 0 pour les ${size - 1} autres.`,
  smoothedBars: 'lissée',
  smoothedBarsLabel: (word, top, id, rest, others) =>
    `Cible lissée de «\u00a0${word}\u00a0»\u202f: ${number(top)} à l’indice ${id}, ${number(rest)} pour chacun des ${others} autres`,
  smoothedSummary: (smoothing, top, id, rest) =>
    `Lissée comme lors de l’entraînement du modèle (ε = ${number(smoothing)})\u202f: ${number(top)} à l’indice ${id}, ${number(rest)} partout ailleurs (dessiné comme un plancher d’un pixel de haut\u202f: à cette échelle, la valeur est trop petite pour être vue).`,
  targetProbability: 'probabilité cible',
  oneHotTable: (word, size) => `Vecteur one-hot de «\u00a0${word}\u00a0»  [1 × ${size}]`,

  lossWaiting: 'La perte apparaîtra ici dès qu’une traduction aura été calculée.',
  trainedModel: 'Modèle entraîné',
  twinModel: 'Le même modèle avant l’entraînement (poids aléatoires à graine fixe)',
  untrainedModel: 'Modèle non entraîné (poids aléatoires à graine fixe)',
  lossIntro:
    'Pour chaque position de la traduction de référence, la cible est une distribution qui place sa masse sur le mot de référence. Le modèle, qui lit la phrase source et la référence jusqu’à cette position, prédit sa propre distribution. L’entropie croisée mesure l’écart entre les deux\u202f: face à une cible one-hot, c’est simplement −ln de la probabilité que le modèle a donnée au bon mot, 0 s’il était sûr de lui et avait raison, une grande valeur s’il laissait peu de chances à ce mot. L’entraînement ajuste chaque poids, par rétropropagation, pour faire baisser ce nombre sur un grand nombre de paires.',
  lossSmoothing: (smoothing, vocab, floor) =>
    `Les modèles présentés ici ont été entraînés avec un lissage des étiquettes (label smoothing, ε = ${number(smoothing)})\u202f: la cible garde ${number(1 - smoothing)} de sa masse sur le bon mot et répartit ${number(smoothing)} également entre les ${vocab} mots, si bien que le modèle n’est jamais poussé à une certitude totale. Du coup, même une prédiction parfaite coûte ${number(floor)} nat par mot, et non 0. Un modèle qui choisirait au hasard, uniformément, obtiendrait ln ${vocab} = ${number(Math.log(vocab))}.`,
  lossTwice:
    'Chaque paire est évaluée deux fois\u202f: par le modèle entraîné, et par le même modèle avant l’entraînement, avec les poids aléatoires (à graine fixe) dont il est parti. C’est l’entraînement qui a fait passer la perte de l’un à l’autre.',

  languageNames: { en: 'anglais', fr: 'français' },
  source: (sentence) => (
    <>
      Source&nbsp;: <strong>{sentence}</strong>
    </>
  ),
  referenceLabel: (language) => `Traduction de référence (${language})`,
  origins: {
    post: 'la traduction que donne le billet pour cette phrase',
    model:
      'la traduction du modèle lui-même\u202f; tapez la bonne pour voir à quel point il s’en éloigne',
    typed: 'la vôtre',
  },
  origin: (note) => `La référence\u202f: ${note}.`,
  inTheReference: (message) => `Dans la référence\u202f: ${message}`,
  insteadOf: (word, suggestions) => (
    <>
      Au lieu de {word}, essayez {suggestions}
    </>
  ),
  postPairs: 'Paires tirées du billet',
  postPairsLead: 'Paires tirées du billet\u202f:',

  lossFileName: 'perte',
  lossFileTarget: (smoothed) => (smoothed ? 'lissée' : 'one hot'),
  lossFileWhat: 'cibles et prédictions',
  targetName: (smoothed, smoothing) => (smoothed ? `lissée, ε = ${number(smoothing)}` : 'one-hot'),
  lossCaption: (targetName, reference) =>
    `La cible (${targetName}) de chaque position de «\u00a0${reference}\u00a0» à côté de la distribution prédite par le modèle, et l’entropie croisée entre les deux.`,
  targetLead: 'Cible\u202f:',
  oneHotButton: 'one-hot',
  smoothedButton: (smoothing) => `lissée (ε = ${number(smoothing)}, comme à l’entraînement)`,
  columnsLead: 'Colonnes\u202f:',
  wordsThatMatter: 'les mots qui comptent',
  allWords: (vocab) => `les ${vocab} mots`,
  allColumns: (vocab) => `Les ${vocab} mots du vocabulaire, par indice.`,
  someColumns: (columns, vocab, perRow, models) =>
    `${columns} des ${vocab} mots\u202f: chaque mot de la référence, et les ${perRow} mots les plus probables de chaque position selon ${models > 1 ? 'le premier modèle' : 'le modèle'}. Les autres mots se partagent le reste de la probabilité de chaque ligne.`,
  targetHeading: 'Cible',
  targetGrid: (targetName, positions, columns) =>
    `Distributions cibles (${targetName})  [${positions} × ${columns}]`,
  predictedGrid: (positions, columns) => `Distributions prédites  [${positions} × ${columns}]`,
  probability: 'probabilité',
  lossHeading: (model) => `Perte\u202f: ${model}`,

  tableCaption: 'Entropie croisée à chaque position, en nats (logarithme népérien)',
  position: 'position',
  targetWord: 'mot cible',
  targetProbabilityColumn: 'p(cible)',
  oneHotColumn: 'one-hot\u202f: −ln p(cible)',
  smoothedColumn: (smoothing) => `lissée (ε = ${number(smoothing)})`,
  sum: 'somme sur la phrase',
  mean: 'moyenne par mot (la perte d’entraînement)',
};
