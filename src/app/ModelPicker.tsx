import { useText } from '../i18n';
import { modelLabel, useStore } from '../store';

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
