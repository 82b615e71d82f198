/**
 * The run in numbers, each beside the paper's where the paper gives one: the step, the training
 * and held-out losses, the speed, the learning rate of the schedule, and the model's size.
 */
import { useText } from '../../i18n';
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

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function LabReadout(props: LabReadoutProps) {
  const { info } = props;
  const { config } = info;
  const text = useText().trainingLab;
  const { count, fixed } = text;
  const rows: [string, string, string, string][] = [
    ['steps', text.stepsTrained, count(props.step), text.paperSteps],
    [
      'loss',
      text.recentLoss(props.recentLosses.length),
      props.recentLosses.length > 0 ? fixed(mean(props.recentLosses), 3) : '–',
      '',
    ],
    [
      'held-out',
      text.heldOutLoss(info.heldOutExamples),
      props.heldOut === null
        ? '–'
        : text.heldOutAt(fixed(props.heldOut.loss, 3), count(props.heldOut.step)),
      '',
    ],
    ['floor', text.floor, fixed(info.lossFloor, 3), ''],
    ['speed', text.speed, count(props.tokensPerSecond), ''],
    [
      'learning-rate',
      text.learningRateNow,
      props.learningRate > 0 ? text.exponent(props.learningRate) : '–',
      '',
    ],
    ['parameters', text.parameters, count(info.parameterCount), text.paperParameters],
    [
      'size',
      text.size,
      `${config.dModel} · ${config.heads} · ${config.encoderLayers} + ${config.decoderLayers}`,
      '512 · 8 · 6 + 6',
    ],
    ['examples', text.examples, count(info.trainExamples), text.paperExamples],
  ];
  return (
    <table className="lab-readout">
      <caption>{text.readoutCaption(text.taskLabel(info.settings.task))}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="lab-visually-hidden">{text.measure}</span>
          </th>
          <th scope="col">{text.here}</th>
          <th scope="col">{text.paper}</th>
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
