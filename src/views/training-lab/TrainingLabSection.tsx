/**
 * The training lab: pick a task and a model size, train it in a worker, and watch the loss fall
 * and the probe's attention take shape; then open the model in every view, or save it.
 */
import { trainingErrorText } from '../../i18n/errorText';
import { useText } from '../../i18n';
import { useStore } from '../../store';
import { isTrainedInBrowser } from '../../store/trainingSlice';
import { labSettingsProblem } from '../../training/labSettings';
import { LabControls } from './LabControls';
import { LabIntro } from './LabIntro';
import { LabReadout } from './LabReadout';
import { LabSettingsForm } from './LabSettingsForm';
import { LossChart } from './LossChart';
import { ModelFileControls } from './ModelFileControls';
import { ProbeFigure } from './ProbeFigure';
import { useTrainingLab } from './useTrainingLab';
import './training-lab.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

/** The training loss shown in numbers is the mean of this many last steps. */
const RECENT_STEPS = 10;

export function TrainingLabSection() {
  const actions = useTrainingLab();
  const settings = useStore((s) => s.labSettings);
  const setSettings = useStore((s) => s.setLabSettings);
  const lab = useStore((s) => s.lab);
  const openedLabel = useStore((s) =>
    isTrainedInBrowser(s.modelKey)
      ? (s.models.find((m) => m.key === s.modelKey)?.trainedName ?? null)
      : null,
  );
  const { info, status } = lab;
  const text = useText().trainingLab;
  const underWay = status === 'running' || status === 'paused' || status === 'preparing';
  const lastStep = info ? info.startStep + info.settings.steps : null;
  return (
    <div className="lab-section">
      <LabIntro />
      <LabSettingsForm settings={settings} onChange={setSettings} disabled={underWay} />
      <LabControls
        status={status}
        step={lab.step}
        totalSteps={lastStep}
        settingsProblem={labSettingsProblem(settings)}
        onStart={actions.start}
        onPause={actions.pause}
        onResume={actions.resume}
        onStop={actions.stop}
        onReset={actions.reset}
      />
      {info && lastStep !== null && (
        <div className="lab-progress">
          <ExportableFigure
            name={(words) =>
              figureFileName(
                words.trainingLab.chartFileName,
                words.trainingLab.chartFileLoss,
                words.trainingLab.fileStep(lab.step),
              )
            }
            caption={text.chartCaption(lab.step)}
          >
            <LossChart
              lossStart={lab.lossStart}
              losses={lab.losses}
              heldOut={lab.heldOut}
              firstStep={info.startStep}
              lastStep={lastStep}
              floor={info.lossFloor}
            />
          </ExportableFigure>
          <LabReadout
            info={info}
            step={lab.step}
            recentLosses={lab.losses.slice(-RECENT_STEPS)}
            heldOut={lab.heldOut.at(-1) ?? null}
            tokensPerSecond={lab.tokensPerSecond}
            learningRate={lab.learningRate}
          />
        </div>
      )}
      {info && lab.probe && (
        <ExportableFigure
          name={(words) =>
            figureFileName(
              words.trainingLab.chartFileName,
              words.trainingLab.probeFileName,
              words.trainingLab.fileStep(lab.step),
            )
          }
        >
          <ProbeFigure probe={lab.probe} heads={info.config.heads} />
        </ExportableFigure>
      )}
      <ModelFileControls
        hasModel={info !== null && status !== 'preparing'}
        onOpenInApp={actions.openInApp}
        onSave={actions.saveFile}
        onLoad={actions.loadFile}
        error={lab.error ? trainingErrorText(lab.error, text) : null}
        openedLabel={openedLabel}
      />
    </div>
  );
}
