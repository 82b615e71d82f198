/**
 * "The Final Linear and Softmax Layer": reads the chosen step's rows of the last decoder layer,
 * out.logits and out.probs from the last finished run and draws how a word is picked.
 */
import { traceName } from '../../engine';
import { row } from '../../engine';
import { PAPER_CONFIG } from '../../engine';
import { useFigureStore } from '../figureStore';
import { CompactAttribution } from '../attribution/CompactAttribution';
import { StepPicker } from '../decoding/StepPicker';
import { FinalLayerFigure } from './FinalLayerFigure';
import { unnamedCount, useTargetWords } from './targetWords';
import { useText } from '../../i18n';
import './output.css';

export function FinalLayerSection() {
  const config = useFigureStore((s) => s.modelInfo?.config ?? null);
  const run = useFigureStore((s) => s.lastGood);
  const selectedStep = useFigureStore((s) => s.selection.step);
  const select = useFigureStore((s) => s.select);
  const words = useTargetWords();
  const text = useText().output;
  const steps = run?.result.steps ?? [];
  if (!config || !run || steps.length === 0) {
    return <p className="output-note">{text.waiting}</p>;
  }
  const step = Math.min(selectedStep, steps.length - 1);
  const lastLayer = config.decoderLayers - 1;
  const decoded = run.trace.get(traceName.dec(lastLayer).residual('norm3'));
  const logits = run.trace.get('out.logits');
  const probs = run.trace.get('out.probs');
  const unnamed = unnamedCount(words);
  return (
    <div className="output-section">
      <p>{text.intro}</p>
      <p className="output-note">
        {text.sizes(config.dModel, PAPER_CONFIG.dModel, config.tgtVocabSize)}
      </p>
      <StepPicker
        label={text.stepPicker}
        words={run.result.outputTokens.slice(0, steps.length)}
        step={step}
        onStep={(s) => select({ step: s })}
      />
      {decoded && logits && probs && (
        <FinalLayerFigure
          decoderOutput={row(decoded, step)}
          logits={row(logits, step)}
          probs={row(probs, step)}
          vocabulary={words}
          step={step}
          argmaxId={steps[step].candidates[0]?.id ?? steps[step].chosenId}
          chosenId={steps[step].chosenId}
          lastLayer={lastLayer}
        />
      )}
      <CompactAttribution position={step} />
      {unnamed > 0 && (
        <p className="output-note" data-testid="unnamed-words">
          {text.unnamedWords(unnamed, words.length)}
        </p>
      )}
    </div>
  );
}
