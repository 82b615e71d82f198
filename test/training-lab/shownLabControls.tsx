/** The lab's controls as a test reads them: what they show, their buttons doing nothing. */
import { LabControls, type LabControlsProps } from '../../src/views/training-lab/LabControls';

const noop = () => {};

export function ShownLabControls(
  props: Pick<LabControlsProps, 'status' | 'step' | 'totalSteps' | 'settingsProblem'>,
) {
  return (
    <LabControls
      {...props}
      onStart={noop}
      onPause={noop}
      onResume={noop}
      onStop={noop}
      onReset={noop}
    />
  );
}
