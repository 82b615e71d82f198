/** Vehicles, and the games and outings one watches, wins or organises. */
import { theme } from './theme';

export const MORE_VEHICLES = theme(
  ['vehicle'],
  [
    ['bus', 'bus', 'm'],
    ['train', 'train', 'm'],
    ['plane', 'avion', 'm'],
    ['boat', 'bateau', 'm'],
    ['ship', 'navire', 'm'],
    ['truck', 'camion', 'm'],
    ['taxi', 'taxi', 'm'],
    ['motorbike', 'moto', 'f'],
    ['tractor', 'tracteur', 'm'],
    ['helicopter', 'hélicoptère', 'm'],
    ['rocket', 'fusée', 'f'],
    ['scooter', 'trottinette', 'f'],
    ['van', 'camionnette', 'f'],
    ['ambulance', 'ambulance', 'f'],
    ['tram', 'tramway', 'm'],
    ['canoe', 'canoë', 'm'],
    ['submarine', 'sous-marin', 'm', { fr: 'sous-marins' }],
    ['sled', 'luge', 'f'],
  ],
);

/** Games and races: watched, won and lost. */
export const GAMES = theme(
  ['game', 'event'],
  [
    ['game', 'jeu', 'm'],
    ['match', 'match', 'm', { fr: 'matchs' }],
    ['race', 'course', 'f'],
    ['competition', 'concours', 'm'],
  ],
);

export const EVENTS = theme(
  ['event'],
  [
    ['party', 'fête', 'f'],
    ['concert', 'concert', 'm'],
    ['trip', 'voyage', 'm'],
    ['picnic', 'pique-nique', 'm'],
    ['wedding', 'mariage', 'm'],
    ['birthday', 'anniversaire', 'm'],
    ['festival', 'festival', 'm', { fr: 'festivals' }],
    ['meeting', 'réunion', 'f'],
  ],
);
