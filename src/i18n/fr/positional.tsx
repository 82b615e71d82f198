/** French text of Positional Encoding. */
import type { Catalogue } from '../en';

export const positional: Catalogue['positional'] = {
  waiting: 'En attente du premier passage du modèle…',
  intro:
    'L’attention traite ses entrées comme un ensemble\u202f: si l’on mélangeait les mots, chacun porterait son attention exactement de la même façon. Pour que le modèle sache où se trouve chaque mot, on ajoute à chaque embedding, avant le premier encodeur, un vecteur qui ne dépend que de la position.',
  toyIntro:
    'Ces vecteurs de position ne sont pas appris\u202f: ce sont des sinus et des cosinus de la position, pris à différentes fréquences. Voici le plus petit cas\u202f: quatre dimensions, pour les trois premières positions.',
  heatmapIntro:
    'Tracé pour de nombreuses positions, le motif apparaît. Comme chaque valeur varie de façon régulière avec la position, la même formule donne un encodage pour n’importe quelle position, même au-delà de la plus longue phrase vue pendant l’entraînement.',
  heatmapCaption:
    'Encodages positionnels\u202f: une ligne par position, une colonne par dimension, dans les deux dispositions (sinus puis cosinus, ou en alternance).',
};
