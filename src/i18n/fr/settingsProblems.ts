/** French for why lab settings cannot be trained. */
import type { ChosenSetting, RangedSetting, SettingsProblem } from '../../training/settingsProblem';
import { comma } from './numbers';

const SETTINGS: Record<ChosenSetting | RangedSetting, string> = {
  dModel: 'd_model',
  heads: 'le nombre de têtes',
  layers: 'le nombre de couches',
  batchSize: 'la taille de lot',
  learningRateScale: 'l’échelle du taux d’apprentissage',
  warmupSteps: 'l’échauffement',
  steps: 'le nombre d’étapes',
  seed: 'la graine',
  examples: 'le nombre d’exemples',
};

const shown = (value: number) => comma(String(value));

/** « le nombre de têtes doit valoir 1, 2, 4 ou 8, et non 3 ». */
export function settingsProblem(problem: SettingsProblem): string {
  switch (problem.kind) {
    case 'notOneOf': {
      const choices = problem.choices;
      const list = `${choices.slice(0, -1).join(', ')} ou ${choices.at(-1)}`;
      return `${SETTINGS[problem.setting]} doit valoir ${list}, et non ${shown(problem.value)}`;
    }
    case 'indivisible':
      return `d_model (${problem.dModel}) doit se partager également entre ${problem.heads} têtes`;
    case 'outOfRange':
      return `${SETTINGS[problem.setting]} doit être ${problem.whole ? 'un nombre entier' : 'un nombre'} de ${shown(problem.min)} à ${shown(problem.max)}, et non ${shown(problem.value)}`;
    case 'noTask':
      return `il n’existe pas de tâche «\u00a0${problem.found}\u00a0»`;
    case 'direction':
      return `le sens doit être en-fr ou fr-en, et non «\u00a0${problem.found}\u00a0»`;
    case 'symbols':
      return `les symboles doivent être des chiffres ou des lettres, et non «\u00a0${problem.found}\u00a0»`;
    case 'lengths':
      return `les longueurs doivent être des nombres entiers de ${problem.min} à ${problem.max}, la plus courte d’abord, et non ${problem.shortest} à ${problem.longest}`;
  }
}
