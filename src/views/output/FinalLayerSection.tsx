/**
 * "The Final Linear and Softmax Layer": reads the chosen step's rows of the last decoder layer,
 * out.logits and out.probs from the last finished run and draws how a word is picked.
 */
import { row } from '../../engine';
import { PAPER_CONFIG } from '../../engine';
import { useFigureStore } from '../figureStore';
import { CompactAttribution } from '../attribution/CompactAttribution';
import { StepPicker } from '../decoding/StepPicker';
import { FinalLayerFigure } from './FinalLayerFigure';
import { unnamedCount, useTargetWords } from './targetWords';
import './output.css';

export function FinalLayerSection() {
  const config = useFigureStore((s) => s.modelInfo?.config ?? null);
  const run = useFigureStore((s) => s.lastGood);
  const selectedStep = useFigureStore((s) => s.selection.step);
  const select = useFigureStore((s) => s.select);
  const words = useTargetWords();
  const steps = run?.result.steps ?? [];
  if (!config || !run || steps.length === 0) {
    return <p className="output-note">The output layer appears here once a translation has run.</p>;
  }
  const step = Math.min(selectedStep, steps.length - 1);
  const lastLayer = config.decoderLayers - 1;
  const decoded = run.trace.get(`dec.${lastLayer}.norm3`);
  const logits = run.trace.get('out.logits');
  const probs = run.trace.get('out.probs');
  const unnamed = unnamedCount(words);
  return (
    <div className="output-section">
      <p>
        The decoder stack ends with one vector per position. Only the vector at the newest position
        matters for the next word. A Linear layer turns it into one score per word of the output
        vocabulary, the logits, and a softmax turns those scores into probabilities. Greedy decoding
        takes the most probable word, the argmax.
      </p>
      <p className="output-note">
        Vector size d_model: {config.dModel} here, {PAPER_CONFIG.dModel} in the paper. Output
        vocabulary: {config.tgtVocabSize} words here, 10,000 in the post's example.
      </p>
      <StepPicker
        label="Step"
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
          {unnamed} of the {words.length} words are written by their index (#17): the page only
          knows the text of the words this run produced.
        </p>
      )}
    </div>
  );
}
