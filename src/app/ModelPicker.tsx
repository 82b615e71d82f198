import { useStore } from '../store';

export function ModelPicker() {
  const models = useStore((s) => s.models);
  const picked = useStore((s) => s.modelKey);
  const selectModel = useStore((s) => s.selectModel);
  const listed = useStore((s) => s.modelsListed);
  if (!listed) {
    return (
      <label className="control" data-testid="model-picker">
        <span>Model</span>
        <select disabled value="">
          <option value="">Loading the list of models…</option>
        </select>
      </label>
    );
  }
  return (
    <label className="control" data-testid="model-picker">
      <span>Model</span>
      <select value={picked} onChange={(event) => selectModel(event.target.value)}>
        {models.map((m) => (
          <option key={m.key} value={m.key}>
            {m.label}
          </option>
        ))}
      </select>
    </label>
  );
}
