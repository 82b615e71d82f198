/**
 * What the page should show, computed here in node by the same engine on the same seeded model:
 * the browser test then checks the page shows the engine's own translation of the sentence.
 */
import type { DecodingChoice } from '../../src/engine/model/trace';
import { translate } from '../../src/engine/model/translate';
import { detokenize } from '../../src/engine/tokenizer/tokenize';
import { EOS } from '../../src/engine/model/config';
import { builtInUntrainedModel } from '../../src/worker/models';
import { isEngineError, prepareSource } from '../../src/worker/source';

const model = builtInUntrainedModel({ source: 'en', target: 'fr' });

export function expectedTranslation(
  sentence: string,
  decoding: DecodingChoice = { kind: 'greedy' },
): string {
  const source = prepareSource(sentence, model.source, model.info.config, 'en');
  if (isEngineError(source)) throw new Error(source.message);
  const { outputIds } = translate(model.params, model.info.config, source.srcIds, decoding);
  const words = [...outputIds].filter((id) => id !== EOS).map((id) => model.target.tokenOf(id));
  return detokenize(words, 'fr');
}
