/**
 * The lab's settings: the task, the model's size beside the paper's, and the training recipe.
 * They apply to the next run; while one is under way they are read-only.
 */
import type { ReactNode } from 'react';
import { PAPER_CONFIG } from '../../engine';
import { DIRECTIONS } from '../../training/direction';
import { LAB_CHOICES, LAB_LIMITS, type LabSettings } from '../../training/labSettings';
import {
  EXAMPLE_COUNTS,
  SYMBOL_LENGTHS,
  TASK_KINDS,
  type TaskKind,
} from '../../training/taskSettings';
import { Segmented } from './Segmented';
import './training-lab.css';

export interface LabSettingsFormProps {
  settings: LabSettings;
  onChange: (settings: LabSettings) => void;
  disabled: boolean;
}

const TASK_NAMES: Record<TaskKind, string> = {
  copy: 'Copy',
  reverse: 'Reverse',
  sort: 'Sort',
  translate: 'Translate',
};

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
  return (
    <fieldset className="lab-settings" disabled={disabled}>
      <legend className="lab-visually-hidden">Training settings</legend>
      <div className="lab-settings-group">
        <h3>Task</h3>
        <Segmented
          label="Task"
          options={TASK_KINDS}
          value={task.kind}
          names={TASK_NAMES}
          onChange={(kind) => setTask({ kind })}
          disabled={disabled}
        />
        {symbolTask ? (
          <>
            <Field label="Symbols">
              <select
                value={task.symbols}
                onChange={(event) =>
                  setTask({ symbols: event.target.value === 'letters' ? 'letters' : 'digits' })
                }
              >
                <option value="digits">digits 0–9</option>
                <option value="letters">letters a–z</option>
              </select>
            </Field>
            <Field label="Shortest">
              <NumberInput
                value={task.minLength}
                {...SYMBOL_LENGTHS}
                onChange={(minLength) => setTask({ minLength })}
              />
            </Field>
            <Field label="Longest">
              <NumberInput
                value={task.maxLength}
                {...SYMBOL_LENGTHS}
                onChange={(maxLength) => setTask({ maxLength })}
              />
            </Field>
          </>
        ) : (
          <Field label="Direction">
            <select
              value={task.direction}
              onChange={(event) =>
                setTask({ direction: event.target.value === 'fr-en' ? 'fr-en' : 'en-fr' })
              }
            >
              {DIRECTIONS.map((direction) => (
                <option key={direction} value={direction}>
                  {direction === 'en-fr' ? 'English → French' : 'French → English'}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={symbolTask ? 'Training examples' : 'Sentence pairs'}>
          <NumberInput
            value={task.examples}
            {...EXAMPLE_COUNTS}
            step={100}
            onChange={(examples) => setTask({ examples })}
          />
        </Field>
      </div>
      <div className="lab-settings-group">
        <h3>Model</h3>
        <Field label={`d_model (paper ${PAPER_CONFIG.dModel})`}>
          <Choice
            value={model.dModel}
            choices={LAB_CHOICES.dModel}
            onChange={(dModel) => setModel({ dModel })}
          />
        </Field>
        <Field label={`Heads (paper ${PAPER_CONFIG.heads})`}>
          <Choice
            value={model.heads}
            choices={LAB_CHOICES.heads}
            onChange={(heads) => setModel({ heads })}
          />
        </Field>
        <Field
          label={`Layers (paper ${PAPER_CONFIG.encoderLayers} + ${PAPER_CONFIG.decoderLayers})`}
        >
          <Choice
            value={model.layers}
            choices={LAB_CHOICES.layers}
            onChange={(layers) => setModel({ layers })}
          />
        </Field>
      </div>
      <div className="lab-settings-group">
        <h3>Training</h3>
        <Field label="Batch size">
          <Choice
            value={settings.batchSize}
            choices={LAB_CHOICES.batchSize}
            onChange={(batchSize) => onChange({ ...settings, batchSize })}
          />
        </Field>
        <Field label="Learning rate × (paper 1)">
          <NumberInput
            value={settings.learningRateScale}
            {...LAB_LIMITS.learningRateScale}
            step={0.1}
            onChange={(learningRateScale) => onChange({ ...settings, learningRateScale })}
          />
        </Field>
        <Field label="Warm-up steps (paper 4,000)">
          <NumberInput
            value={settings.warmupSteps}
            {...LAB_LIMITS.warmupSteps}
            onChange={(warmupSteps) => onChange({ ...settings, warmupSteps })}
          />
        </Field>
        <Field label="Steps (paper 100,000)">
          <NumberInput
            value={settings.steps}
            {...LAB_LIMITS.steps}
            step={100}
            onChange={(steps) => onChange({ ...settings, steps })}
          />
        </Field>
        <Field label="Seed">
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
