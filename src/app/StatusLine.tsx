import { useShallow } from 'zustand/react/shallow';
import { selectRunStatus, useStore } from '../store';

const MB = 1024 * 1024;

/** What the engine is doing: loading, stages arriving, and where the last run's time went. */
export function StatusLine() {
  const { status, modelStatus, stagesReceived, lastStage, timings } = useStore(
    useShallow(selectRunStatus),
  );
  const parameters = useStore((s) => s.modelInfo?.parameterCount);
  let text: string;
  if (modelStatus === 'loading') text = 'Loading the model…';
  else if (status === 'running') {
    text = `Running: ${stagesReceived} stages received${lastStage ? `, last ${lastStage}` : ''}…`;
  } else if (status === 'done' && timings) {
    text =
      `Translated in ${timings.roundTripMs.toFixed(1)} ms ` +
      `(engine ${timings.computeMs.toFixed(1)} ms); trace of ${timings.stages} stages, ` +
      `${(timings.traceBytes / MB).toFixed(2)} MB.`;
  } else text = '';
  return (
    <p
      className="status"
      role="status"
      data-testid="status"
      data-run-status={status}
      data-round-trip-ms={timings?.roundTripMs}
      data-compute-ms={timings?.computeMs}
      data-worker-ms={timings?.totalMs}
      data-transfer-ms={timings?.transferMs}
      data-trace-bytes={timings?.traceBytes}
    >
      {[parameters !== undefined && `${parameters.toLocaleString('en-US')} parameters`, text]
        .filter(Boolean)
        .join(' · ')}
    </p>
  );
}
