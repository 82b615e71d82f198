/** French text of shared figure parts: export menu, tables, legends, tooltips. */
import type { Catalogue } from '../en';
import { comma, number } from './numbers';

/** A word or sentence of the reader's, between guillemets with the spaces French sets inside. */
export const quoted = (text: string) => `«\u00a0${text}\u00a0»`;

export const components: Catalogue['components'] = {
  quoted,
  number,
  decimal: comma,
  fixed: (value, digits) => comma(value.toFixed(digits)),
  waiting: 'En attente du premier passage du modèle…',
  notComputedYet: 'pas encore calculé',
  valueLegend: 'valeur de chaque nombre',
  masked: 'masquée',

  export: 'Exporter',
  exportFigure: (name) => `Exporter la figure ${name}`,
  exportAs: 'Exporter en',
  exportDetails: { svg: 'vectoriel, avec ses nombres', png: 'image en taille double' },
  preparing: (file) => `Préparation de ${file}…`,
  saved: (file) => `${file} enregistré`,
  exportFailed: (file, reason) => `Impossible d’exporter ${file}\u202f: ${reason}`,

  scrollsSideways: (label) => `${label}, défile de côté`,
  scrollHint: 'Plus large que l’écran\u202f: faites défiler le cadre de côté pour tout voir →',

  showNumbers: 'Afficher les nombres',
  hide: (label) => label.replace(/^Afficher/, 'Masquer'),
  colourLegend: (caption, min, max) => `Légende des couleurs\u202f: ${caption}, de ${min} à ${max}`,
  vectorSummary: (name, length, min, max) =>
    `${name}\u202f: un vecteur de ${length} nombres, de ${min} à ${max}`,
  closeUpCaption: (title, first, last, length) =>
    `${title}\u202f: nombres ${first} à ${last} sur ${length} (comptés à partir de 0, comme dans le tenseur)`,
  earlierNumbers: 'Nombres précédents',
  laterNumbers: 'Nombres suivants',

  matrix: 'Matrice',
  heatmap: 'Carte de chaleur',
  matrixLabel: (caption, rows, cols) =>
    `${caption}\u202f: ${rows} lignes sur ${cols} colonnes. Les flèches du clavier lisent les valeurs.`,
  heatmapLabel: (caption, rows, rowTokens, cols) =>
    `${caption}\u202f: ${rows} mots qui interrogent (${rowTokens}) sur ${cols} mots regardés. Les flèches du clavier lisent les valeurs.`,
  rowName: (row) => `ligne ${row}`,
  columnName: (col) => `colonne ${col}`,
  cell: (row, col, value) => `${row}, ${col}\u202f: ${value}`,
  tokenCell: (from, to, value) => `${quoted(from)} → ${quoted(to)}\u202f: ${value}`,

  formulaUnloaded: 'Le moteur de mise en forme des formules n’a pas pu être chargé',
  formulaFailed: 'Cette formule n’a pas pu être mise en forme',
};
