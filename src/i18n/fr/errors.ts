/** French text of the engine's messages, as the page shows them. */
import { quoted } from './components';
import { count } from './numbers';
import { sentence } from '../en/errors';
import type { Catalogue } from '../en';

export const errors: Catalogue['errors'] = {
  emptyInput: 'Tapez une phrase pour voir le modèle la traduire.',
  tooLong: (length, limit) =>
    `Cette phrase compte ${length} mots et signes de ponctuation\u202f; le modèle en lit au plus ${limit}. ` +
    'Raccourcissez-la pour voir sa traduction.',
  emptyReference: 'Tapez une traduction de référence pour la noter.',
  referenceTooLong: (length, limit) =>
    `Cette référence compte ${length} mots et signes de ponctuation\u202f; le décodeur en lit au plus ${limit}. ` +
    'Raccourcissez-la pour la noter.',
  quoted: (word, characters) =>
    characters === undefined
      ? quoted(word)
      : `${quoted(`${word}…`)} (${count(characters)} caractères)`,
  unknownWords: (quoted) => {
    const list =
      quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} et ${quoted.at(-1)}`;
    return quoted.length === 1
      ? `Le modèle n’a jamais vu ${list}\u202f: il le lit comme le jeton des mots inconnus, <unk>.`
      : `Le modèle n’a jamais vu ${list}\u202f: il lit chacun comme le jeton des mots inconnus, <unk>.`;
  },
  fetchFailure: {
    fetch_failed: 'n’a pas pu être téléchargé (la requête réseau a échoué)',
    not_found: 'est introuvable sur le serveur (HTTP 404)',
    http_error: 'n’a pas pu être téléchargé',
  },
  notLoaded: (file, why) => sentence(`Le modèle n’a pas pu être chargé\u202f: ${file} ${why}`),
  engineRestarted: (why) =>
    `Le moteur s’est arrêté (${why}). Il a été relancé et le modèle rechargé\u202f; ` +
    'le dernier résultat reste affiché.',
  engineGaveUp: (why) =>
    `Le moteur s’est de nouveau arrêté (${why}) juste après sa relance, il n’a donc pas été relancé. ` +
    'Cliquez sur Réessayer, ou rechargez la page, pour essayer encore.',
  noDecisionFromFrench:
    'Ce modèle traduit le français en anglais. En français, le pronom dit déjà de quel nom il ' +
    's’agit («\u00a0il\u00a0» pour un nom masculin, «\u00a0elle\u00a0» pour un nom féminin), et ' +
    'l’anglais n’a que «\u00a0it\u00a0» pour les deux\u202f: le modèle n’a donc pas à choisir entre deux pronoms.',
  noDecisionWords: (first, second) =>
    `Ce modèle ne connaît pas à la fois «\u00a0${first}\u00a0» et «\u00a0${second}\u00a0».`,
};
