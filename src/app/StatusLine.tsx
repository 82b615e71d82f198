import { useShallow } from 'zustand/react/shallow';
import { useText } from '../i18n';
import { selectRunStatus, useStore } from '../store';

const MB = 1024 * 1024;

/** What the engine is doing: loading, stages arriving, and where the last run's time went. */
export function StatusLine() {
  const { status, modelStatus, stagesReceived, lastStage, timings } = useStore(
    useShallow(selectRunStatus),
  );
  const parameters = useStore((s) => s.modelInfo?.parameterCount);
  const words = useText().app;
  let text: string;
  if (modelStatus === 'loading') text = words.loadingModel;
  else if (status === 'running') text = words.running(stagesReceived, lastStage);
  else if (status === 'done' && timings) {
    const { roundTripMs, computeMs, stages, traceBytes } = timings;
    text = words.translated(roundTripMs, computeMs, stages, traceBytes / MB);
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
      {[parameters !== undefined && words.parameters(parameters), text].filter(Boolean).join(' · ')}
    </p>
  );
}
