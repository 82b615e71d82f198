/** English text of the training lab. */
import type { ReactNode } from 'react';
import { settingsProblem } from './settingsProblems';
import { labReset, noRun, trainingStopped } from './trainingFailures';
import type { Direction } from '../../training/direction';
import type { TaskKind, TaskSettings } from '../../training/taskSettings';

/** A whole number with its thousands grouped: 12,400. */
const count = (n: number) => Math.round(n).toLocaleString('en-US');

export const trainingLab = {
  // Numbers as this language writes them
  count,
  /** `value` with `digits` decimals: 0.412. */
  fixed: (value: number, digits: number) => value.toFixed(digits),
  /** A learning rate: 3.52e-4. */
  exponent: (value: number) => value.toExponential(2),
  /** A value along an axis of the loss chart. */
  tick: (value: number) => String(value),

  intro: [
    'Every model on this page so far was trained before you opened it. Here you can train one yourself, starting from random weights, inside this browser tab. It runs in a thread of its own, so the page, and the sentence box at the top, keep answering while it trains.',
    "One training step takes a batch of examples whose answer is known. The model reads each source; the decoder is shown the right answer so far (shifted by one position, so it never sees the word it must predict) and gives, at every position, a probability for each word of its vocabulary. The loss measures how far those probabilities are from the right words. Backpropagation then works out, for every one of the model's numbers, which way a small change would lower that loss, and the Adam optimiser moves them all a little that way. The size of the move follows the paper's schedule: it grows during the warm-up, then shrinks slowly.",
    'The curve shows the loss of each batch, and now and then the loss on held-out examples the model never trains on: while both fall, it is learning the task, not memorising examples. With label smoothing, as in the paper, the loss levels off above zero, at the dashed line.',
  ],
  /** The last paragraph, with the tasks' names in italics. */
  introProbe: (copy: ReactNode, reverse: ReactNode, sort: ReactNode): ReactNode => (
    <>
      Every few steps, one probe example goes through the model and its attention is drawn. Try{' '}
      {copy}: the encoder-decoder attention forms a diagonal, each output word looking at the source
      word in its place. Try {reverse}: the diagonal turns the other way. With {sort}, each output
      word looks for the next smallest symbol wherever it is.
    </>
  ),
  taskNames: {
    copy: 'Copy',
    reverse: 'Reverse',
    sort: 'Sort',
    translate: 'Translate',
  } as Record<TaskKind, string>,
  /** The tasks' names inside a sentence. */
  taskWords: { copy: 'copy', reverse: 'reverse', sort: 'sort' },

  // Settings
  settings: 'Training settings',
  task: 'Task',
  symbols: 'Symbols',
  digits: 'digits 0–9',
  letters: 'letters a–z',
  shortest: 'Shortest',
  longest: 'Longest',
  direction: 'Direction',
  directions: { 'en-fr': 'English → French', 'fr-en': 'French → English' } as Record<
    Direction,
    string
  >,
  trainingExamples: 'Training examples',
  sentencePairs: 'Sentence pairs',
  model: 'Model',
  dModel: (paper: number) => `d_model (paper ${paper})`,
  heads: (paper: number) => `Heads (paper ${paper})`,
  layers: (encoder: number, decoder: number) => `Layers (paper ${encoder} + ${decoder})`,
  training: 'Training',
  batchSize: 'Batch size',
  learningRate: 'Learning rate × (paper 1)',
  warmup: 'Warm-up steps (paper 4,000)',
  steps: 'Steps (paper 100,000)',
  seed: 'Seed',

  // Controls
  start: 'Start',
  startAgain: 'Start again',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  reset: 'Reset',
  idle: 'Not started: choose a task and press Start.',
  preparing: 'Preparing the examples and the model…',
  running: 'Training.',
  /** `of`: the last step, when known. */
  trainingAt: (step: string, of: string | null) =>
    `Training: step ${step}${of === null ? '' : ` of ${of}`}.`,
  at: (step: string, of: string | null) => `At step ${step}${of === null ? '' : ` of ${of}`}.`,
  paused: (step: string, of: string | null) =>
    `Paused at step ${step}${of === null ? '' : ` of ${of}`}.`,
  stopped: (step: string) =>
    `Stopped at step ${step}. The model keeps what it learnt: open it or save it below.`,
  finished: (steps: string) =>
    `Finished: ${steps} steps. Open the model in every view or save it below.`,
  failed: 'Training could not go on.',
  cannotTrain: (problem: string) => `These settings cannot be trained: ${problem}.`,
  /** Why the settings cannot be trained, after cannotTrain's colon. */
  settingsProblem,
  trainingStopped,
  noRun,
  labReset,

  // The readout
  /** The task as the readout and the model picker name it. */
  taskLabel: (task: TaskSettings): string => {
    if (task.kind === 'translate') {
      const [source, target] =
        task.direction === 'en-fr' ? ['English', 'French'] : ['French', 'English'];
      return `${source} → ${target}, ${count(task.examples)} pairs`;
    }
    const lengths =
      task.minLength === task.maxLength
        ? `${task.maxLength}`
        : `${task.minLength} to ${task.maxLength}`;
    return `${task.kind} ${lengths} ${task.symbols}`;
  },
  readoutCaption: (task: string) =>
    `${task}: this run beside the paper's base model (English → German)`,
  measure: 'measure',
  here: 'here',
  paper: 'paper',
  stepsTrained: 'Steps trained',
  paperSteps: '100,000',
  recentLoss: (steps: number) =>
    `Training loss (mean of the last ${steps > 0 ? steps : 'few'} steps)`,
  heldOutLoss: (examples: number) => `Held-out loss (${examples} examples never trained on)`,
  heldOutAt: (loss: string, step: string) => `${loss} at step ${step}`,
  floor: 'Lowest loss possible (label smoothing 0.1)',
  speed: 'Words per second (source and target)',
  learningRateNow: 'Learning rate now',
  parameters: 'Parameters',
  paperParameters: '65 million',
  size: 'd_model · heads · layers',
  examples: 'Training examples',
  paperExamples: '4.5 million pairs',

  // The loss chart
  chartFileName: 'training-lab',
  chartFileLoss: 'loss',
  fileStep: (step: number) => `step ${step}`,
  chartCaption: (step: number) =>
    `Loss of the model trained in the page, step by step up to step ${step}, with its loss on held-out examples.`,
  noStepYet: 'Loss curve: no training step yet.',
  curveSummary: (
    steps: number,
    first: string,
    lately: string,
    heldOut: string | null,
    at: number,
  ) =>
    `Loss curve over ${steps} steps: training loss ${first} at the first step, ${lately} lately` +
    (heldOut === null ? '.' : `; held-out loss ${heldOut} at step ${at}.`),
  stepAxis: 'step',
  lossAxis: 'loss',
  floorLine: 'lowest possible with label smoothing',
  pointTitle: (step: number, loss: string) => `step ${step}: held-out loss ${loss}`,
  trainKey: 'training loss (each batch)',
  heldOutKey: 'held-out loss (examples never trained on)',
  /** `before`: the held-out loss before any step, when it was measured. */
  chartTable: (before: string | null) =>
    'Held-out loss at each measurement, and the mean training loss of the steps since ' +
    `the one before${before === null ? '' : `; before training, the held-out loss was ${before}`}`,
  tableStep: (step: number) => `step ${step}`,
  heldOutColumn: 'held-out loss',
  trainingColumn: 'training loss',

  // The probe
  probeFileName: 'probe attention',
  kinds: {
    'encoder-self': 'encoder self',
    'decoder-self': 'decoder self',
    cross: 'encoder-decoder',
  },
  kindTitles: {
    'encoder-self': 'Encoder self-attention',
    'decoder-self': 'Decoder self-attention (masked)',
    cross: 'Encoder-decoder attention',
  },
  meanOfHeads: 'mean of all heads',
  head: (head: number) => `head ${head}`,
  probeName: (kind: string, layer: number, head: string, step: number) =>
    `${kind}, layer ${layer}, ${head}, after step ${step}`,
  probeReads: (source: ReactNode, expected: ReactNode): ReactNode => (
    <>
      The probe reads {source}; the right answer is {expected}.
    </>
  ),
  probeWrites: (step: number, output: ReactNode, right: boolean): ReactNode => (
    <>
      After {step} steps the model writes {output} {right ? '✓ right' : '✗ not yet'}.
    </>
  ),
  nothing: '(nothing)',
  attentionKind: 'Attention kind',
  layer: 'Layer',
  headPicker: 'Head',
  meanOfAll: (heads: number) => `mean of all ${heads}`,
  attentionWeight: 'attention weight',
  shares: (diagonal: ReactNode, antiDiagonal: ReactNode, eos: ReactNode): ReactNode => (
    <>
      Mean weight on the diagonal: {diagonal}; on the anti-diagonal: {antiDiagonal} (over the words,{' '}
      {eos} left out).
    </>
  ),

  // The model file
  openInApp: 'Open in every view',
  save: 'Save as a file',
  load: 'Load a model file…',
  fileToLoad: 'Model file to load',
  opened: (label: string) =>
    `The page now runs “${label}”: the sentence box at the top and every figure above use it. Pick another model at the top to go back.`,
  saved: (fileName: string) => `Saved as ${fileName}.`,
  fileNote:
    "A saved file holds the weights as safetensors (they open in PyTorch under the same names), with the configuration, the words and the lab's settings in its metadata. Loading one checks every part of it against the task it names.",
  trainedLabel: (task: string, step: number) => `Trained in this page: ${task}, step ${step}`,
};
