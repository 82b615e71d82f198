/**
 * "The Decoder Side": the translation played one step at a time on the whole model, the causal
 * mask of the decoder's self-attention, and encoder-decoder attention read as an alignment.
 * This container reads the last finished run from the store and hands its numbers to the figures.
 */
import { useCallback, useState } from 'react';
import { PAPER_CONFIG } from '../../engine';
import { useFigureStore } from '../figureStore';
import { CompactAttribution } from '../attribution/CompactAttribution';
import { AlignmentFigure } from './AlignmentFigure';
import { CausalMaskFigure } from './CausalMaskFigure';
import { DecoderSideDiagram } from './DecoderSideDiagram';
import { DecodingControls } from './DecodingControls';
import { LayerHeadPicker } from './LayerHeadPicker';
import type { HeadChoice } from './alignment';
import { usePlayback } from './usePlayback';
import './decoding.css';

/** The post's reordering example: French puts most adjectives after the noun. */
export const REORDERING_EXAMPLE = 'a red apple';

export function DecoderSideSection() {
  const config = useFigureStore((s) => s.modelInfo?.config ?? null);
  const run = useFigureStore((s) => s.lastGood);
  const selection = useFigureStore((s) => s.selection);
  const select = useFigureStore((s) => s.select);
  const setSentence = useFigureStore((s) => s.setSentence);
  const [crossHead, setCrossHead] = useState<HeadChoice>('average');
  const steps = run?.result.steps ?? [];
  const goTo = useCallback((step: number) => select({ step }), [select]);
  const playback = usePlayback(steps.length, selection.step, goTo);

  if (!config || !run || steps.length === 0) {
    return (
      <p className="decoding-waiting">
        The decoder's steps appear here once a translation has run.
      </p>
    );
  }
  const { result, trace } = run;
  const step = Math.min(selection.step, steps.length - 1);
  const layer = Math.min(selection.layer, config.decoderLayers - 1);
  const head = Math.min(selection.head, config.heads - 1);
  const decoderInputs = result.targetTokens.slice(0, steps.length);
  const outputs = result.outputTokens.slice(0, steps.length);
  const scaled = trace.get(`dec.${layer}.self.scaled`);
  const weights = trace.get(`dec.${layer}.self.weights`);
  const cross = trace.get(`dec.${layer}.cross.weights`);

  return (
    <div className="decoding-section">
      <p>
        The encoder reads the whole source sentence once. Its top layer's output is turned into keys
        K and values V by each decoder layer's encoder-decoder attention, so every decoder layer can
        look at every source word. The decoder then writes the translation one word per step: at
        each step it reads <code>&lt;bos&gt;</code> and the words it has written so far, and the
        final Linear and Softmax layers pick the next word. That word is fed back as the next input,
        until the model writes <code>&lt;eos&gt;</code>.
      </p>
      <p className="decoding-dims">
        Decoder layers: {config.decoderLayers} here, {PAPER_CONFIG.decoderLayers} in the paper.
        Output vocabulary: {config.tgtVocabSize} words here; the post's example has 10,000.
      </p>
      <DecodingControls
        step={step}
        stepCount={steps.length}
        emitted={outputs[step]}
        playback={playback}
        goTo={goTo}
      />
      <DecoderSideDiagram
        encoderLayers={config.encoderLayers}
        decoderLayers={config.decoderLayers}
        vocabularySize={config.tgtVocabSize}
        sourceTokens={result.sourceTokens}
        decoderInputs={decoderInputs}
        outputs={outputs}
        step={step}
      />
      <CompactAttribution position={step} />

      <h3>The decoder may not look ahead</h3>
      <p>
        When training, the decoder reads the whole target sentence at once, so its self-attention
        must not let a position see the words after it. Before the softmax, the score of every later
        position is set to −∞; after it, that position's weight is exactly zero. At translation time
        the later words do not exist yet, and the mask gives the same numbers: row t of the matrices
        below is what step t computed.
      </p>
      <LayerHeadPicker
        name="Masked self-attention"
        layers={config.decoderLayers}
        heads={config.heads}
        layer={layer}
        head={head}
        onLayer={(l) => select({ layer: l })}
        onHead={(h) => select({ head: h === 'average' ? 0 : h })}
      />
      {scaled && weights && (
        <CausalMaskFigure
          scaled={scaled}
          weights={weights}
          layer={layer}
          head={head}
          inputTokens={decoderInputs}
          step={step}
        />
      )}

      <h3>Which source words each output word looked at</h3>
      <p>
        Each row is one output word; each column a source word. A cell is how much of that output
        word's encoder-decoder attention went to that source word. Try{' '}
        <button
          type="button"
          className="decoding-try"
          onClick={() => setSentence(REORDERING_EXAMPLE)}
        >
          “{REORDERING_EXAMPLE}”
        </button>
        : in French the adjective follows the noun, and a trained model's strongest links should
        cross. The sentence under the figure says what the numbers on screen actually show.
      </p>
      <LayerHeadPicker
        name="Encoder-decoder attention"
        layers={config.decoderLayers}
        heads={config.heads}
        layer={layer}
        head={crossHead === 'average' ? 'average' : Math.min(crossHead, config.heads - 1)}
        onLayer={(l) => select({ layer: l })}
        onHead={setCrossHead}
        withAverage
      />
      {cross && (
        <AlignmentFigure
          weights={cross}
          layer={layer}
          head={crossHead === 'average' ? 'average' : Math.min(crossHead, config.heads - 1)}
          outputWords={outputs}
          sourceWords={result.sourceTokens}
          step={step}
          onPickStep={goTo}
        />
      )}
    </div>
  );
}
