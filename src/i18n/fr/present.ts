/** French text of Present mode: its controls, step titles and captions, questions. */
import { formatValue } from '../../components/format';
import type { Catalogue } from '../en';

/** A number as French writes it: a decimal comma (0,62). */
const number = (value: number) => formatValue(value).replace('.', ',');
/** « mot », in French quotation marks with no-break spaces inside. */
const quoted = (word: string) => `«\u00a0${word}\u00a0»`;
/** A narrow no-break space, before ? ! : ; in French. */
const thin = '\u202f';

export const present: Catalogue['present'] = {
  start: 'Présenter',
  region: 'Présentation',
  sentence: 'Phrase',
  stepOf: (step, count) => `Étape ${step} sur ${count}`,
  goToStep: 'Aller à l’étape',
  fullScreen: 'Plein écran',
  leave: 'Quitter (Échap)',
  progress: 'Avancement dans les étapes',
  stepsNav: 'Étapes',
  previous: '← Précédent',
  next: 'Suivant →',
  keys: (count) =>
    `← → ou Espace pour avancer · Début, Fin · 1–${count} pour sauter · Échap pour quitter`,
  questionKeys: (choices) =>
    `1–${Math.min(choices, 9)} pour choisir · → ou Espace pour révéler · ← retour · Échap pour quitter`,

  questionsToggle: (on) => `Questions${thin}: ${on ? 'oui' : 'non'}`,
  questionsToggleTitle:
    'Poser une question à la classe avant certaines figures, puis révéler la réponse du modèle',

  question: {
    label: 'Question pour la classe',
    choices: 'Réponses possibles',
    reveal: 'Révéler',
    waiting: 'Les nombres du modèle arrivent…',
    yes: 'Oui',
    no: 'Non',
    right: 'la réponse du modèle',
    picked: 'votre choix',
    rightGuess: `Bravo${thin}!`,
    wrongGuess: 'Pas cette fois.',
    itWord: (word) => `Quel mot ${quoted(word)} regarde-t-il le plus dans cette tête${thin}?`,
    itWordDetail: (layer, head) => `Encodeur, couche ${layer}, tête ${head}.`,
    nextWord: `Quel mot le décodeur va-t-il écrire ensuite${thin}?`,
    nextWordDetail: (written) =>
      written.length === 0
        ? `Il n’a encore rien écrit${thin}: ce sera son premier mot.`
        : `Il a écrit ${quoted(written.join(' '))} jusqu’ici.`,
    headOff: (word) =>
      `Si l’on éteint cette tête, le modèle sera-t-il moins sûr de ${quoted(word)}${thin}?`,
    headOffDetail: (head, itHead) =>
      itHead ? `${head}${thin}: la tête qui résout «\u00a0it\u00a0».` : `${head}.`,
    itWordWhy: (word, target, weight) =>
      `${quoted(word)} accorde ${weight.toFixed(2).replace('.', ',')} de son attention à ${quoted(target)}, plus qu’à tout autre mot.`,
    nextWordWhy: (word, probability, top) =>
      top
        ? `Le décodeur donne à ${quoted(word)} une probabilité de ${number(probability)}, la plus haute de tous ses mots, et l’écrit.`
        : `La recherche en faisceau écrit ${quoted(word)} (probabilité ${number(probability)})${thin}: la phrase entière qu’il commence a le meilleur score.`,
    headOffWhy: (word, before, after) =>
      after < before
        ? `Oui${thin}: sans cette tête, le modèle donne à ${quoted(word)} une probabilité de ${number(after)} au lieu de ${number(before)}.`
        : `Non${thin}: sans cette tête, le modèle donne à ${quoted(word)} une probabilité de ${number(after)}, pas moins que ${number(before)}.`,
  },
};
