/** Clothes. */
import { theme } from './theme';

export const CLOTHES = theme(
  ['clothing'],
  [
    ['shirt', 'chemise', 'f'],
    ['dress', 'robe', 'f'],
    ['skirt', 'jupe', 'f'],
    ['coat', 'manteau', 'm'],
    ['jacket', 'veste', 'f'],
    ['jumper', 'pull', 'm'],
    ['sock', 'chaussette', 'f'],
    ['shoe', 'chaussure', 'f'],
    ['boot', 'botte', 'f'],
    ['glove', 'gant', 'm'],
    ['scarf', 'écharpe', 'f', { en: 'scarves' }],
    ['cap', 'casquette', 'f'],
    ['belt', 'ceinture', 'f'],
    ['tie', 'cravate', 'f'],
    ['uniform', 'uniforme', 'm'],
    ['sandal', 'sandale', 'f'],
    ['slipper', 'pantoufle', 'f'],
    ['apron', 'tablier', 'm'],
    ['raincoat', 'imperméable', 'm'],
    ['button', 'bouton', 'm'],
    ['costume', 'déguisement', 'm'],
    ['sneaker', 'basket', 'f'],
  ],
);
