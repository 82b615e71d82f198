/**
 * The loss curve as training goes: the training loss of every step (averaged over neighbouring
 * steps on long runs), the held-out loss measured now and then, and the floor under both.
 */
import { NumbersTable } from '../../components';
import { lossChartLayout } from './lossChartLayout';
import './training-lab.css';

export interface LossChartProps {
  lossStart: number;
  losses: readonly number[];
  heldOut: readonly { step: number; loss: number }[];
  firstStep: number;
  lastStep: number;
  floor: number | null;
  width?: number;
  height?: number;
}

const format = (loss: number) => loss.toFixed(3);

/** The mean training loss of the steps since the previous held-out measurement, for the table. */
function trainingLossBefore(props: LossChartProps, index: number): number {
  const to = props.heldOut[index].step;
  const from = index > 0 ? props.heldOut[index - 1].step + 1 : props.lossStart;
  const slice = props.losses.slice(from - props.lossStart, to - props.lossStart + 1);
  return slice.length > 0 ? slice.reduce((a, b) => a + b, 0) / slice.length : NaN;
}

export function LossChart(props: LossChartProps) {
  const { losses, heldOut } = props;
  const layout = lossChartLayout({
    ...props,
    width: props.width ?? 520,
    height: props.height ?? 260,
  });
  const { plot } = layout;
  const lastTrain = layout.trainPoints.at(-1);
  const lastHeldOut = heldOut.at(-1);
  // The measurement before any step has no training loss beside it: it is said in the caption.
  const before = heldOut[0]?.step === props.firstStep ? heldOut[0] : undefined;
  const measured = heldOut
    .map((p, i) => ({ ...p, training: trainingLossBefore(props, i) }))
    .filter((m) => m.step !== before?.step);
  const summary =
    losses.length === 0
      ? 'Loss curve: no training step yet.'
      : `Loss curve over ${losses.length} steps: training loss ${format(losses[0])} at the first ` +
        `step, ${format(lastTrain?.loss ?? NaN)} lately` +
        (lastHeldOut
          ? `; held-out loss ${format(lastHeldOut.loss)} at step ${lastHeldOut.step}.`
          : '.');
  return (
    <figure
      className="lab-loss"
      data-steps={losses.length}
      data-points={layout.trainPoints.length}
      data-held-out={heldOut.length}
    >
      <svg width={layout.width} height={layout.height} role="img" aria-label={summary}>
        {layout.yTicks.map((tick) => (
          <g key={`y${tick.value}`} className="lab-grid">
            <line x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} />
            <text x={plot.left - 6} y={tick.at} dy="0.32em" textAnchor="end">
              {tick.value}
            </text>
          </g>
        ))}
        {layout.xTicks.map((tick) => (
          <text
            key={`x${tick.value}`}
            className="lab-tick"
            x={tick.at}
            y={plot.bottom + 16}
            textAnchor="middle"
          >
            {tick.value}
          </text>
        ))}
        <text
          className="lab-axis"
          x={(plot.left + plot.right) / 2}
          y={layout.height - 2}
          textAnchor="middle"
        >
          step
        </text>
        <text
          className="lab-axis"
          transform={`translate(11, ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          loss
        </text>
        {layout.floorY !== null && (
          <g className="lab-floor">
            <line x1={plot.left} x2={plot.right} y1={layout.floorY} y2={layout.floorY} />
            <text x={plot.right} y={layout.floorY + 12} textAnchor="end">
              lowest possible with label smoothing
            </text>
          </g>
        )}
        <path className="lab-train-line" d={layout.trainPath} />
        <path className="lab-held-out-line" d={layout.heldOutPath} />
        {layout.heldOutPoints.map((p) => (
          <circle key={p.step} className="lab-held-out-point" cx={p.x} cy={p.y} r={3}>
            <title>{`step ${p.step}: held-out loss ${format(p.loss)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="lab-legend">
        <span className="lab-key lab-key-train">training loss (each batch)</span>
        <span className="lab-key lab-key-held-out">held-out loss (examples never trained on)</span>
      </figcaption>
      {measured.length > 0 && (
        <NumbersTable
          caption={
            'Held-out loss at each measurement, and the mean training loss of the steps since ' +
            `the one before${before ? `; before training, the held-out loss was ${format(before.loss)}` : ''}`
          }
          values={measured.flatMap((m) => [m.loss, m.training])}
          cols={2}
          rowLabels={measured.map((m) => `step ${m.step}`)}
          colLabels={['held-out loss', 'training loss']}
        />
      )}
    </figure>
  );
}
