import { useText, type Catalogue } from '../i18n';
import { useStore, type ModelChoice } from '../store';
import { modelRefFromKey } from '../worker/modelKey';

/**
 * A model as the picker names it, in the page's language: its languages, and whether it is the
 * trained model, its seeded twin or the page's own. A model trained in the page keeps its name.
 */
function modelLabel(model: ModelChoice, text: Catalogue['app']): string {
  const ref = modelRefFromKey(model.key);
  const { source, target } = model.languages;
  if (ref.kind === 'shipped') return text.modelLabel(source, target, 'trained');
  if (ref.kind === 'untrained') {
    return text.modelLabel(source, target, ref.basedOn === null ? 'builtIn' : 'beforeTraining');
  }
  return model.label;
}

export function ModelPicker() {
  const models = useStore((s) => s.models);
  const picked = useStore((s) => s.modelKey);
  const selectModel = useStore((s) => s.selectModel);
  const listed = useStore((s) => s.modelsListed);
  const text = useText().app;
  if (!listed) {
    return (
      <label className="control" data-testid="model-picker">
        <span>{text.model}</span>
        <select disabled value="">
          <option value="">{text.modelsLoading}</option>
        </select>
      </label>
    );
  }
  return (
    <label className="control" data-testid="model-picker">
      <span>{text.model}</span>
      <select value={picked} onChange={(event) => selectModel(event.target.value)}>
        {models.map((m) => (
          <option key={m.key} value={m.key}>
            {modelLabel(m, text)}
          </option>
        ))}
      </select>
    </label>
  );
}
