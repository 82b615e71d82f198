/** French text of the view comparing two sentences side by side. */
import { number } from './numbers';
import type { Catalogue } from '../en';

export const compare: Catalogue['compare'] = {
  open: 'Comparer deux phrases',
  title: 'Comparer deux phrases',
  back: 'Revenir à la page',
  intro:
    'Le billet demande ce que désigne «\u00a0it\u00a0» dans «\u00a0the animal didn’t cross the street because it was too tired\u00a0», puis change un seul mot\u202f: avec «\u00a0wide\u00a0», «\u00a0it\u00a0» désigne la rue (street). Ici, les deux phrases passent par le même modèle, et les deux figures montrent la même couche, la même tête et le même mot\u202f: changez-en un d’un côté, l’autre suit. Tout ce qui diffère entre les deux figures vient donc des phrases seules.',
  secondSentence: 'Deuxième phrase',
  figure: 'Figure',
  firstSide: 'Phrase 1 (la zone de saisie)',
  secondSide: 'Phrase 2',
  firstWaiting: 'La première phrase est en cours de calcul…',
  secondWaiting: 'La deuxième phrase est en train de traverser le modèle…',
  secondFailed: (message) =>
    `La deuxième phrase, telle qu’elle est tapée, n’a pas pu être traduite (${message})\u202f; sa dernière traduction reste affichée.`,
  unknownWords: (words) =>
    `Lu comme <unk>, inconnu du modèle\u202f: ${words.map((word) => `«\u00a0${word}\u00a0»`).join(', ')}`,

  figures: {
    'token-view': 'Self-attention\u202f: où regarde le mot choisi',
    alignment: 'L’attention encodeur-décodeur comme un alignement',
  },
  wholeSection: (title) => `Toute la section\u202f: ${title}`,
  missing: 'Ce calcul ne contient rien pour cette figure.',

  mostChanged: (query, layer, head, moved) =>
    `De toutes les couches et têtes de l’encodeur, c’est dans la couche ${layer}, tête ${head}, que l’attention de «\u00a0${query}\u00a0» change le plus entre les deux phrases\u202f: ${Math.round(moved * 100)}\u00a0% de son poids passe de certains mots à d’autres.`,
  shownAbove: '(Affichée ci-dessus.)',
  showHead: (layer, head) => `Afficher la couche ${layer}, tête ${head}`,
  tableCaption: (first, second, layer, head) =>
    `Attention de «\u00a0${first}\u00a0» / «\u00a0${second}\u00a0», couche ${layer} de l’encodeur, tête ${head}, dans les deux phrases`,
  position: 'Position',
  firstWord: 'Mot, phrase 1',
  secondWord: 'Mot, phrase 2',
  weight: 'Poids',
  change: 'Écart',
  largestChange: (secondWord, position, secondWeight, firstWeight, firstWord) =>
    `Le plus grand écart\u202f: «\u00a0${secondWord}\u00a0», en position ${position}, reçoit ${number(secondWeight)} dans la phrase 2, contre ${number(firstWeight)} pour «\u00a0${firstWord}\u00a0» dans la phrase 1.`,
};
