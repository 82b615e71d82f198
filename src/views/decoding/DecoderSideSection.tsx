/**
 * "The Decoder Side": the translation played one step at a time on the whole model, the causal
 * mask of the decoder's self-attention, and encoder-decoder attention read as an alignment.
 * This container reads the last finished run from the store and hands its numbers to the figures.
 */
import { traceName } from '../../engine';
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
import { useText } from '../../i18n';
import './decoding.css';

/** The post's reordering example: French puts most adjectives after the noun. */
export const REORDERING_EXAMPLE = 'a red apple';

export function DecoderSideSection() {
  const config = useFigureStore((s) => s.modelInfo?.config ?? null);
  const run = useFigureStore((s) => s.lastGood);
  const selection = useFigureStore((s) => s.selection);
  const select = useFigureStore((s) => s.select);
  const setSentence = useFigureStore((s) => s.setSentence);
  const words = useText();
  const text = words.decoding;
  const { quoted } = words.components;
  const [crossHead, setCrossHead] = useState<HeadChoice>('average');
  const steps = run?.result.steps ?? [];
  const goTo = useCallback((step: number) => select({ step }), [select]);
  const playback = usePlayback(steps.length, selection.step, goTo);

  if (!config || !run || steps.length === 0) {
    return <p className="decoding-waiting">{text.waiting}</p>;
  }
  const { result, trace } = run;
  const step = Math.min(selection.step, steps.length - 1);
  const layer = Math.min(selection.layer, config.decoderLayers - 1);
  const head = Math.min(selection.head, config.heads - 1);
  const decoderInputs = result.targetTokens.slice(0, steps.length);
  const outputs = result.outputTokens.slice(0, steps.length);
  const scaled = trace.get(traceName.dec(layer).self('scaled'));
  const weights = trace.get(traceName.dec(layer).self('weights'));
  const cross = trace.get(traceName.dec(layer).cross('weights'));

  return (
    <div className="decoding-section">
      <p>{text.intro}</p>
      <p className="decoding-dims">
        {text.sizes(config.decoderLayers, PAPER_CONFIG.decoderLayers, config.tgtVocabSize)}
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

      <h3>{text.maskHeading}</h3>
      <p>{text.maskIntro}</p>
      <LayerHeadPicker
        name={text.sublayers.maskedSelf}
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

      <h3>{text.alignmentHeading}</h3>
      <p>
        {text.alignmentIntro(
          <button
            type="button"
            className="decoding-try"
            onClick={() => setSentence(REORDERING_EXAMPLE)}
          >
            {quoted(REORDERING_EXAMPLE)}
          </button>,
        )}
      </p>
      <LayerHeadPicker
        name={text.sublayers.cross}
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
