/** French text of The Final Linear and Softmax Layer. */
import { number } from './numbers';
import type { Catalogue } from '../en';

export const output: Catalogue['output'] = {
  waiting: 'La couche de sortie apparaîtra ici dès qu’une traduction aura été calculée.',
  intro:
    'La pile de décodeurs se termine par un vecteur par position. Seul le vecteur de la position la plus récente compte pour choisir le mot suivant. Une couche linéaire le transforme en un score par mot du vocabulaire de sortie, les logits, puis un softmax transforme ces scores en probabilités. Le décodage glouton prend le mot le plus probable, l’argmax.',
  sizes: (dModel, paperDModel, vocabulary) =>
    `Taille des vecteurs d_model\u202f: ${dModel} ici, ${paperDModel} dans l’article. Vocabulaire de sortie\u202f: ${vocabulary} mots ici, 10\u202f000 dans l’exemple du billet.`,
  stepPicker: 'Étape',
  unnamedWords: (unnamed, total) =>
    `${unnamed} des ${total} mots sont écrits par leur indice (#17)\u202f: la page ne connaît que le texte des mots produits par ce calcul.`,

  fileName: 'couche-linéaire-finale-softmax',
  fileStep: (step) => `étape ${step}`,
  figureCaption: (step, vocabulary, chosen) =>
    `La couche linéaire finale et le softmax à l’étape ${step}\u202f: le vecteur de sortie du décodeur, ses ${vocabulary} logits, leurs probabilités et le mot choisi «\u00a0${chosen}\u00a0».`,
  decoderOutputHeading: (position) => `1. La sortie du décodeur à la position ${position}`,
  decoderOutputScroller: 'Le vecteur de sortie du décodeur',
  decoderOutputLabel: (position, size) =>
    `Le vecteur de sortie de la pile de décodeurs à la position ${position}\u202f: ${size} nombres`,
  decoderOutputTable: (position, size) =>
    `Sortie du décodeur à la position ${position}  [1 × ${size}]`,
  linearHeading: '2. Couche linéaire\u202f: un score (logit) par mot du vocabulaire',
  logitsScroller: 'Les logits, un par mot',
  logitsLabel: (vocabulary, largest, word) =>
    `Logits des ${vocabulary} mots\u202f; le plus grand vaut ${number(largest)}, pour «\u00a0${word}\u00a0»`,
  logitLegend: 'logit (orange\u202f: positif, violet\u202f: négatif)',
  softmaxHeading: '3. Softmax\u202f: les logits deviennent des probabilités dont la somme vaut 1',
  probabilitiesScroller: 'Les probabilités, une par mot',
  probabilitiesLabel: (vocabulary, largest) =>
    `Probabilités des ${vocabulary} mots\u202f; la plus grande vaut ${number(largest)}`,
  probabilityLegend: 'probabilité (échelle jusqu’à la plus grande)',
  argmax: (id, word, probability) => (
    <>
      argmax = indice <strong>{id}</strong> → «&nbsp;<strong>{word}</strong>&nbsp;», probabilité{' '}
      {number(probability)} (log-probabilité {number(Math.log(probability))}).
    </>
  ),
  neverWritten: (probability, word) =>
    `La plus grande probabilité, ${number(probability)}, revient à «\u00a0${word}\u00a0». Or un décodeur n’écrit jamais <pad> (il sert seulement à compléter les lots pendant l’entraînement) ni <bos> (il sert seulement à lancer la sortie)\u202f: l’argmax est donc pris parmi les autres mots.`,
  chosenDiffers: (word, id, probability) =>
    `Ici, la recherche en faisceau (beam search) a pris «\u00a0${word}\u00a0» (indice ${id}), de probabilité ${number(probability)}\u202f: elle garde les phrases qui ont le meilleur score total, pas le meilleur mot à chaque étape.`,
  topHeading: (count) => `Les ${count} mots les plus probables`,
  topShare: (count, share, rest) =>
    `Ces ${count} mots concentrent ${number(share * 100)}\u00a0% de la probabilité\u202f; les ${rest} autres se partagent le reste.`,

  barText: (word, id, probability, logit) =>
    `${word} (indice ${id})\u202f: probabilité ${number(probability)}, logit ${number(logit)}`,
  barsLabel: (count, bars) =>
    `Les ${count} mots suivants les plus probables\u202f: ${bars.join('\u202f; ')}`,
  barTitle: (word, probability, logit) =>
    `${word}\u202f: p = ${number(probability)}, logit ${number(logit)}`,
  barsCaption: (scaledTo) =>
    `Longueur des barres\u202f: la probabilité${
      scaledTo !== null
        ? `, à une échelle où la plus longue barre vaut ${number(scaledTo)} (toutes les probabilités sont petites ici)`
        : ', une barre pleine valant 1'
    }. Le nombre à gauche de chaque mot est son indice dans le vocabulaire.`,

  searchLabel: (count) =>
    `Chercher n’importe lequel des ${count} mots (par son texte ou son indice)`,
  searchPlaceholder: 'par ex. rue, ou 17',
  searchCount: (matches, total, listed) =>
    (matches === total
      ? `Les ${total} mots, du plus probable au moins probable.`
      : `${matches} mots sur ${total} correspondent.`) +
    (matches > listed
      ? ` Seuls les ${listed} premiers sont affichés\u202f; tapez davantage pour affiner.`
      : ''),
  searchRegion: 'Mots du vocabulaire, du plus probable au moins probable',
  columns: {
    rank: 'rang',
    index: 'indice',
    word: 'mot',
    logit: 'logit',
    probability: 'probabilité',
  },
};
