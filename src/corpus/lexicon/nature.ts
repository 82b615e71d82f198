/** Plants, and what one sees in the sky. */
import { theme } from './theme';

export const MORE_PLANTS = theme(
  ['plant'],
  [
    ['rose', 'rose', 'f'],
    ['tulip', 'tulipe', 'f'],
    ['daisy', 'marguerite', 'f'],
    ['sunflower', 'tournesol', 'm'],
    ['bush', 'buisson', 'm'],
    ['leaf', 'feuille', 'f', { en: 'leaves' }],
    ['branch', 'branche', 'f'],
    ['oak', 'chêne', 'm'],
    ['pine', 'pin', 'm'],
    ['seed', 'graine', 'f'],
  ],
);

export const SKY = theme(
  ['sky'],
  [
    ['star', 'étoile', 'f'],
    ['moon', 'lune', 'f'],
    ['sun', 'soleil', 'm'],
    ['cloud', 'nuage', 'm'],
    ['rainbow', 'arc-en-ciel', 'm', { fr: 'arcs-en-ciel' }],
    ['planet', 'planète', 'f'],
    ['comet', 'comète', 'f'],
    ['storm', 'orage', 'm'],
    ['snowflake', 'flocon', 'm'],
  ],
);
