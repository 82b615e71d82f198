import type { Catalogue } from '../i18n';
import { modelRefFromKey } from '../worker/modelKey';
import type { ModelChoice } from './modelSlice';

/**
 * A model as the page names it, in the page's language: its languages, and whether it is the
 * trained model, its seeded twin or the page's own. A model trained in the page keeps the name
 * the reader gave it.
 */
export function modelLabel(model: ModelChoice, text: Catalogue['app']): string {
  const ref = modelRefFromKey(model.key);
  const { source, target } = model.languages;
  if (ref.kind === 'shipped') return text.modelLabel(source, target, 'trained');
  if (ref.kind === 'untrained') {
    return text.modelLabel(source, target, ref.basedOn === null ? 'builtIn' : 'beforeTraining');
  }
  return model.trainedName ?? text.modelLabel(source, target, 'trained');
}
