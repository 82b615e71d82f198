/**
 * What the page receives about a loaded model beyond its configuration: both vocabularies, so
 * views can name every word, and every parameter, so the matrix figures can draw W^Q, W^K, W^V
 * and W^O. The parameters travel once per load, packed in one transferred buffer as stages are.
 */
import type { HeadAblation } from '../engine';
import type { ModelConfig } from '../engine';
import type { LoadedModel } from './models';
import { packTensors } from './packing';
import type { LoadedReply } from './protocol';

/** The `loaded` reply for `model`, and the buffer to transfer with it. */
export function loadedReply(
  id: number,
  model: LoadedModel,
): { reply: LoadedReply; transfer: Transferable[] } {
  const parameters = packTensors(model.params);
  return {
    reply: {
      type: 'loaded',
      id,
      model: model.info,
      vocabularies: { source: [...model.source.tokens], target: [...model.target.tokens] },
      parameterManifest: parameters.manifest,
      parameterBytes: parameters.bytes,
    },
    transfer: [parameters.bytes.buffer],
  };
}

/**
 * The heads of `ablation` that the model has. The page asks for heads of the model it shows; one
 * asked for while another model was picked may name a layer this one lacks, and is left out
 * rather than failing the run. The run's result says which heads were off.
 */
export function headsTheModelHas(ablation: HeadAblation, config: ModelConfig): HeadAblation {
  return ablation.filter(({ kind, layer, head }) => {
    const layers = kind === 'enc' ? config.encoderLayers : config.decoderLayers;
    const known = kind === 'enc' || kind === 'dec-self' || kind === 'dec-cross';
    const inside = (value: number, count: number) =>
      Number.isInteger(value) && value >= 0 && value < count;
    return known && inside(layer, layers) && inside(head, config.heads);
  });
}
