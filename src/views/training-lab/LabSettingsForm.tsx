/**
 * The lab's settings: the task, the model's size beside the paper's, and the training recipe.
 * They apply to the next run; while one is under way they are read-only.
 */
import type { ReactNode } from 'react';
import { PAPER_CONFIG } from '../../engine';
import { useText } from '../../i18n';
import { DIRECTIONS } from '../../training/direction';
import { LAB_CHOICES, LAB_LIMITS, type LabSettings } from '../../training/labSettings';
import { EXAMPLE_COUNTS, SYMBOL_LENGTHS, TASK_KINDS } from '../../training/taskSettings';
import { Segmented } from './Segmented';
import './training-lab.css';

export interface LabSettingsFormProps {
  settings: LabSettings;
  onChange: (settings: LabSettings) => void;
  disabled: boolean;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="lab-field">
      <span>{label}</span>
      {children}
    </label>
  );
}

function Choice(props: {
  value: number;
  choices: readonly number[];
  onChange: (value: number) => void;
}) {
  return (
    <select value={props.value} onChange={(event) => props.onChange(Number(event.target.value))}>
      {props.choices.map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </select>
  );
}

function NumberInput(props: {
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
}) {
  return (
    <input
      type="number"
      value={Number.isFinite(props.value) ? props.value : ''}
      min={props.min}
      max={props.max}
      step={props.step ?? 1}
      onChange={(event) => props.onChange(event.target.valueAsNumber)}
    />
  );
}

export function LabSettingsForm({ settings, onChange, disabled }: LabSettingsFormProps) {
  const { task, model } = settings;
  const setTask = (change: Partial<LabSettings['task']>) =>
    onChange({ ...settings, task: { ...task, ...change } });
  const setModel = (change: Partial<LabSettings['model']>) =>
    onChange({ ...settings, model: { ...model, ...change } });
  const symbolTask = task.kind !== 'translate';
  const text = useText().trainingLab;
  return (
    <fieldset className="lab-settings" disabled={disabled}>
      <legend className="lab-visually-hidden">{text.settings}</legend>
      <div className="lab-settings-group">
        <h3>{text.task}</h3>
        <Segmented
          label={text.task}
          options={TASK_KINDS}
          value={task.kind}
          names={text.taskNames}
          onChange={(kind) => setTask({ kind })}
          disabled={disabled}
        />
        {symbolTask ? (
          <>
            <Field label={text.symbols}>
              <select
                value={task.symbols}
                onChange={(event) =>
                  setTask({ symbols: event.target.value === 'letters' ? 'letters' : 'digits' })
                }
              >
                <option value="digits">{text.digits}</option>
                <option value="letters">{text.letters}</option>
              </select>
            </Field>
            <Field label={text.shortest}>
              <NumberInput
                value={task.minLength}
                {...SYMBOL_LENGTHS}
                onChange={(minLength) => setTask({ minLength })}
              />
            </Field>
            <Field label={text.longest}>
              <NumberInput
                value={task.maxLength}
                {...SYMBOL_LENGTHS}
                onChange={(maxLength) => setTask({ maxLength })}
              />
            </Field>
          </>
        ) : (
          <Field label={text.direction}>
            <select
              value={task.direction}
              onChange={(event) =>
                setTask({ direction: event.target.value === 'fr-en' ? 'fr-en' : 'en-fr' })
              }
            >
              {DIRECTIONS.map((direction) => (
                <option key={direction} value={direction}>
                  {text.directions[direction]}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={symbolTask ? text.trainingExamples : text.sentencePairs}>
          <NumberInput
            value={task.examples}
            {...EXAMPLE_COUNTS}
            step={100}
            onChange={(examples) => setTask({ examples })}
          />
        </Field>
      </div>
      <div className="lab-settings-group">
        <h3>{text.model}</h3>
        <Field label={text.dModel(PAPER_CONFIG.dModel)}>
          <Choice
            value={model.dModel}
            choices={LAB_CHOICES.dModel}
            onChange={(dModel) => setModel({ dModel })}
          />
        </Field>
        <Field label={text.heads(PAPER_CONFIG.heads)}>
          <Choice
            value={model.heads}
            choices={LAB_CHOICES.heads}
            onChange={(heads) => setModel({ heads })}
          />
        </Field>
        <Field label={text.layers(PAPER_CONFIG.encoderLayers, PAPER_CONFIG.decoderLayers)}>
          <Choice
            value={model.layers}
            choices={LAB_CHOICES.layers}
            onChange={(layers) => setModel({ layers })}
          />
        </Field>
      </div>
      <div className="lab-settings-group">
        <h3>{text.training}</h3>
        <Field label={text.batchSize}>
          <Choice
            value={settings.batchSize}
            choices={LAB_CHOICES.batchSize}
            onChange={(batchSize) => onChange({ ...settings, batchSize })}
          />
        </Field>
        <Field label={text.learningRate}>
          <NumberInput
            value={settings.learningRateScale}
            {...LAB_LIMITS.learningRateScale}
            step={0.1}
            onChange={(learningRateScale) => onChange({ ...settings, learningRateScale })}
          />
        </Field>
        <Field label={text.warmup}>
          <NumberInput
            value={settings.warmupSteps}
            {...LAB_LIMITS.warmupSteps}
            onChange={(warmupSteps) => onChange({ ...settings, warmupSteps })}
          />
        </Field>
        <Field label={text.steps}>
          <NumberInput
            value={settings.steps}
            {...LAB_LIMITS.steps}
            step={100}
            onChange={(steps) => onChange({ ...settings, steps })}
          />
        </Field>
        <Field label={text.seed}>
          <NumberInput
            value={settings.seed}
            {...LAB_LIMITS.seed}
            onChange={(seed) => onChange({ ...settings, seed })}
          />
        </Field>
      </div>
    </fieldset>
  );
}
