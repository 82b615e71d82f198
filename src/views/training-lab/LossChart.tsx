/**
 * The loss curve as training goes: the training loss of every step (averaged over neighbouring
 * steps on long runs), the held-out loss measured now and then, and the floor under both.
 */
import { NumbersTable } from '../../components';
import { useText } from '../../i18n';
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

/** The mean training loss of the steps since the previous held-out measurement, for the table. */
function trainingLossBefore(props: LossChartProps, index: number): number {
  const to = props.heldOut[index].step;
  const from = index > 0 ? props.heldOut[index - 1].step + 1 : props.lossStart;
  const slice = props.losses.slice(from - props.lossStart, to - props.lossStart + 1);
  return slice.length > 0 ? slice.reduce((a, b) => a + b, 0) / slice.length : NaN;
}

export function LossChart(props: LossChartProps) {
  const { losses, heldOut } = props;
  const text = useText().trainingLab;
  const format = (loss: number) => text.fixed(loss, 3);
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
      ? text.noStepYet
      : text.curveSummary(
          losses.length,
          format(losses[0]),
          format(lastTrain?.loss ?? NaN),
          lastHeldOut ? format(lastHeldOut.loss) : null,
          lastHeldOut?.step ?? 0,
        );
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
              {text.tick(tick.value)}
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
            {text.tick(tick.value)}
          </text>
        ))}
        <text
          className="lab-axis"
          x={(plot.left + plot.right) / 2}
          y={layout.height - 2}
          textAnchor="middle"
        >
          {text.stepAxis}
        </text>
        <text
          className="lab-axis"
          transform={`translate(11, ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {text.lossAxis}
        </text>
        {layout.floorY !== null && (
          <g className="lab-floor">
            <line x1={plot.left} x2={plot.right} y1={layout.floorY} y2={layout.floorY} />
            <text x={plot.right} y={layout.floorY + 12} textAnchor="end">
              {text.floorLine}
            </text>
          </g>
        )}
        <path className="lab-train-line" d={layout.trainPath} />
        <path className="lab-held-out-line" d={layout.heldOutPath} />
        {layout.heldOutPoints.map((p) => (
          <circle key={p.step} className="lab-held-out-point" cx={p.x} cy={p.y} r={3}>
            <title>{text.pointTitle(p.step, format(p.loss))}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="lab-legend">
        <span className="lab-key lab-key-train">{text.trainKey}</span>
        <span className="lab-key lab-key-held-out">{text.heldOutKey}</span>
      </figcaption>
      {measured.length > 0 && (
        <NumbersTable
          caption={text.chartTable(before ? format(before.loss) : null)}
          values={measured.flatMap((m) => [m.loss, m.training])}
          cols={2}
          rowLabels={measured.map((m) => text.tableStep(m.step))}
          colLabels={[text.heldOutColumn, text.trainingColumn]}
        />
      )}
    </figure>
  );
}
