/** French for the training lab's failures. */
import type { TrainingStop } from '../../worker/trainingProtocol';
import { count } from './numbers';

/** Why the worker was given up on, in a few words. */
function cause({ cause, detail }: TrainingStop): string {
  switch (cause) {
    case 'silent':
      return 'il ne répondait plus';
    case 'noPause':
      return 'il n’a pas répondu à Pause';
    case 'noStop':
      return 'il n’a pas répondu à Arrêter';
    case 'unreadable':
      return detail
        ? `un de ses messages était illisible\u202f: ${detail}`
        : 'un de ses messages était illisible';
    case 'ended':
      return detail || 'le worker s’est arrêté de façon inattendue';
  }
}

/** « L’entraînement s’est arrêté (il ne répondait plus) à l’étape 120 ; … ». */
export function trainingStopped(stop: TrainingStop): string {
  const stopped = `L’entraînement s’est arrêté (${cause(stop)}) à l’étape ${count(stop.lostStep)}`;
  if (stop.restoredStep === null) {
    return `${stopped}\u202f; le modèle en cours d’entraînement est perdu. Relancez l’entraînement pour le réentraîner.`;
  }
  return (
    `${stopped}\u202f: il a donc été interrompu. Le modèle est revenu à son dernier point de sauvegarde, ` +
    `l’étape ${count(stop.restoredStep)}, ${stop.end === 'stopped' ? 'arrêté.' : 'en pause\u202f: cliquez sur Reprendre pour continuer.'}`
  );
}

export const noRun =
  'Aucun modèle n’est en cours d’entraînement pour cela\u202f: lancez d’abord l’entraînement.';
export const labReset = 'Le labo a été remis à zéro.';
