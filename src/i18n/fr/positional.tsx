/** French text of Positional Encoding. */
import type { Catalogue } from '../en';

export const positional: Catalogue['positional'] = {
  intro:
    'L’attention traite ses entrées comme un ensemble\u202f: si l’on mélangeait les mots, chacun porterait son attention exactement de la même façon. Pour que le modèle sache où se trouve chaque mot, on ajoute à chaque embedding, avant le premier encodeur, un vecteur qui ne dépend que de la position.',
  toyIntro:
    'Ces vecteurs de position ne sont pas appris\u202f: ce sont des sinus et des cosinus de la position, pris à différentes fréquences. Voici le plus petit cas\u202f: quatre dimensions, pour les trois premières positions.',
  heatmapIntro:
    'Tracé pour de nombreuses positions, le motif apparaît. Comme chaque valeur varie de façon régulière avec la position, la même formule donne un encodage pour n’importe quelle position, même au-delà de la plus longue phrase vue pendant l’entraînement.',
  heatmapCaption:
    'Encodages positionnels\u202f: une ligne par position, une colonne par dimension, dans les deux dispositions (sinus puis cosinus, ou en alternance).',

  file: {
    positional: 'encodage-positionnel',
    sum: 'somme',
    toy: 'exemple',
    table: 'tableau',
    heatmap: 'carte',
  },

  sumLabel: (positions) =>
    `Pour chacun des ${positions} tokens\u202f: l’embedding plus l’encodage positionnel donne l’entrée de l’encodeur`,
  embeddingX: 'embedding x',
  positionT: 'position t',
  inputSum: 'entrée x + t',
  token: (position, token) => `${position}\u202f: ${token}`,
  sumNote: (x, t, sum) => (
    <>
      x est {x}, t est {t} et leur somme {sum}, ajoutés nombre par nombre. Pointez une case pour
      lire sa valeur.
    </>
  ),
  sumCloseUp: (word, position) =>
    `Gros plan sur «\u00a0${word}\u00a0» (mot ${position})\u202f: x + t, nombre par nombre`,

  toyCaption: (dimensions) => `Encodages positionnels pour d = ${dimensions}`,
  position: 'position',
  positionRow: (pos) => `${pos + 1} (pos = ${pos})`,
  toyNote: (dModel, layout, positions) =>
    `Avec d = 4, il y a deux fréquences, ω₀ = 1 et ω₁ = 1/10000\u202f: la première colonne tourne vite avec la position, la seconde bouge à peine. Dans la formule, pos compte à partir de 0\u202f: le premier mot a donc pos = 0, ses sinus valent 0 et ses cosinus 1. Ces nombres sont calculés ici, pas recopiés. Le modèle que vous faites tourner utilise d = ${dModel} et la disposition ${layout}\u202f; ses encodages pour les ${positions} positions de votre phrase sont dans le tableau derrière ce bouton.`,
  layoutWords: { concatenated: 'concaténée', interleaved: 'alternée' },
  showEncodings: (dModel) => `Afficher les encodages du modèle (d = ${dModel})`,

  positions: (count) => `Positions\u202f: ${count}`,
  widthD: 'Largeur d',
  thisModel: (dModel) => `ce modèle (${dModel})`,
  thePaper: (dModel) => `l’article (${dModel})`,
  layoutNames: {
    concatenated: 'Concaténée (Tensor2Tensor)\u202f: tous les sinus, puis tous les cosinus',
    interleaved: 'Alternée (l’article)\u202f: sinus et cosinus en alternance',
  },
  usedByModel: 'utilisée par ce modèle',
  gridCaption: (positions, dModel) => `${positions} positions × ${dModel} dimensions`,
  cell: (position, dim, fn, frequency, value) =>
    `position ${position}, dimension ${dim} (${fn}, ω${frequency})\u202f: ${value}`,
  gridLabel: (layout, positions, dModel) =>
    `Encodages positionnels, disposition ${layout}\u202f: ${positions} positions sur ${dModel} dimensions, valeurs entre -1 et 1.`,
  encodingLegend: 'valeur de l’encodage',
  heatmapNote:
    'Chaque ligne est le vecteur ajouté au token à cette position. Les colonnes de gauche changent vite d’une ligne à l’autre (hautes fréquences), celles de droite lentement. Dans la disposition concaténée, les sinus remplissent la moitié gauche et les cosinus la moitié droite\u202f; dans celle de l’article, ils alternent, si bien que les deux moitiés sont entrelacées.',
};
