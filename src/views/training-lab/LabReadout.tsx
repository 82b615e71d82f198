/**
 * The run in numbers, each beside the paper's where the paper gives one: the step, the training
 * and held-out losses, the speed, the learning rate of the schedule, and the model's size.
 */
import type { LabRunInfo } from '../../worker/trainingProtocol';
import './training-lab.css';

export interface LabReadoutProps {
  info: LabRunInfo;
  step: number;
  /** The training loss of the last few steps. */
  recentLosses: readonly number[];
  /** The last held-out measurement. */
  heldOut: { step: number; loss: number } | null;
  tokensPerSecond: number;
  learningRate: number;
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function LabReadout(props: LabReadoutProps) {
  const { info } = props;
  const { config } = info;
  const rows: [string, string, string, string][] = [
    ['steps', 'Steps trained', count(props.step), '100,000'],
    [
      'loss',
      `Training loss (mean of the last ${props.recentLosses.length || 'few'} steps)`,
      props.recentLosses.length > 0 ? mean(props.recentLosses).toFixed(3) : '–',
      '',
    ],
    [
      'held-out',
      `Held-out loss (${info.heldOutExamples} examples never trained on)`,
      props.heldOut === null
        ? '–'
        : `${props.heldOut.loss.toFixed(3)} at step ${count(props.heldOut.step)}`,
      '',
    ],
    ['floor', 'Lowest loss possible (label smoothing 0.1)', info.lossFloor.toFixed(3), ''],
    ['speed', 'Words per second (source and target)', count(props.tokensPerSecond), ''],
    [
      'learning-rate',
      'Learning rate now',
      props.learningRate > 0 ? props.learningRate.toExponential(2) : '–',
      '',
    ],
    ['parameters', 'Parameters', count(info.parameterCount), '65 million'],
    [
      'size',
      'd_model · heads · layers',
      `${config.dModel} · ${config.heads} · ${config.encoderLayers} + ${config.decoderLayers}`,
      '512 · 8 · 6 + 6',
    ],
    ['examples', 'Training examples', count(info.trainExamples), '4.5 million pairs'],
  ];
  return (
    <table className="lab-readout">
      <caption>
        {info.taskLabel}: this run beside the paper&apos;s base model (English → German)
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="lab-visually-hidden">measure</span>
          </th>
          <th scope="col">here</th>
          <th scope="col">paper</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, label, here, paper]) => (
          <tr key={key} data-readout={key}>
            <th scope="row">{label}</th>
            <td>{here}</td>
            <td>{paper}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
