/** Places in town, and the countryside, the sea and the mountains. */
import { theme } from './theme';

/** Buildings: places one can be in, visit and build. */
export const BUILDINGS = theme(
  ['place', 'building'],
  [
    ['village', 'village', 'm'],
    ['shop', 'magasin', 'm'],
    ['market', 'marché', 'm'],
    ['bakery', 'boulangerie', 'f'],
    ['supermarket', 'supermarché', 'm'],
    ['restaurant', 'restaurant', 'm'],
    ['hospital', 'hôpital', 'm'],
    ['church', 'église', 'f'],
    ['museum', 'musée', 'm'],
    ['cinema', 'cinéma', 'm'],
    ['theatre', 'théâtre', 'm'],
    ['library', 'bibliothèque', 'f'],
    ['bank', 'banque', 'f'],
    ['station', 'gare', 'f'],
    ['airport', 'aéroport', 'm'],
    ['farm', 'ferme', 'f'],
    ['castle', 'château', 'm'],
    ['palace', 'palais', 'm'],
    ['stadium', 'stade', 'm'],
    ['hotel', 'hôtel', 'm'],
    ['factory', 'usine', 'f'],
    ['apartment', 'appartement', 'm'],
    ['building', 'immeuble', 'm'],
    ['tower', 'tour', 'f'],
    ['hut', 'cabane', 'f'],
    ['tent', 'tente', 'f'],
    ['barn', 'grange', 'f'],
    ['pharmacy', 'pharmacie', 'f'],
    ['bookshop', 'librairie', 'f'],
    ['prison', 'prison', 'f'],
    ['gym', 'gymnase', 'm'],
    ['classroom', 'classe', 'f'],
    ['canteen', 'cantine', 'f'],
  ],
);

export const TOWN = theme(
  ['place'],
  [
    ['town', 'ville', 'f'],
    ['port', 'port', 'm'],
    ['playground', 'cour', 'f'],
    ['zoo', 'zoo', 'm'],
    ['pool', 'piscine', 'f'],
  ],
);

export const WATERS = theme(
  ['water', 'place'],
  [
    ['lake', 'lac', 'm'],
    ['sea', 'mer', 'f'],
    ['ocean', 'océan', 'm'],
    ['pond', 'étang', 'm'],
  ],
);

export const LANDS = theme(
  ['land', 'place'],
  [
    ['beach', 'plage', 'f'],
    ['mountain', 'montagne', 'f'],
    ['hill', 'colline', 'f'],
    ['island', 'île', 'f'],
    ['desert', 'désert', 'm'],
    ['valley', 'vallée', 'f'],
    ['meadow', 'prairie', 'f'],
    ['wood', 'bois', 'm'],
    ['jungle', 'jungle', 'f'],
    ['cave', 'grotte', 'f'],
    ['volcano', 'volcan', 'm', { en: 'volcanoes' }],
  ],
);
