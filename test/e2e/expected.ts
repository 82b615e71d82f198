/**
 * What the page should show, computed here in node by the same engine on the model the page
 * picks first: the first model of public/models/index.json, or the built-in untrained one when
 * none is listed. Browser tests then check the page shows the engine's own translation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseModelIndex } from '../../src/app/modelIndex';
import { modelFromFiles } from '../../src/engine/io/modelFiles';
import type { HeadAblation } from '../../src/engine/model/ablation';
import { EOS } from '../../src/engine/model/config';
import { parameterCount } from '../../src/engine/model/params';
import type { DecodingChoice } from '../../src/engine/model/trace';
import { translate } from '../../src/engine/model/translate';
import { detokenize } from '../../src/engine/tokenizer/tokenize';
import { readItHead, type ItHeadInfo } from '../../src/worker/itHeadInfo';
import { builtInUntrainedModel, type LoadedModel } from '../../src/worker/models';
import { isEngineError, prepareSource } from '../../src/worker/source';

function firstModel(): LoadedModel & { itHead: ItHeadInfo | null } {
  const index = 'public/models/index.json';
  const [listing] = existsSync(index)
    ? parseModelIndex(JSON.parse(readFileSync(index, 'utf8')))
    : [];
  if (!listing) return { ...builtInUntrainedModel({ source: 'en', target: 'fr' }), itHead: null };
  const read = (file: string) => readFileSync(`public/models/${listing.name}/${file}`);
  const config: unknown = JSON.parse(read('config.json').toString('utf8'));
  const files = modelFromFiles({
    config,
    vocabulary: JSON.parse(read('vocab.json').toString('utf8')),
    weights: new Uint8Array(read('model.safetensors')),
  });
  const languages = { source: listing.sourceLanguage, target: listing.targetLanguage };
  return {
    ...files,
    itHead: readItHead(config, files.config),
    info: {
      ref: { kind: 'shipped', name: listing.name },
      trained: true,
      config: files.config,
      parameterCount: parameterCount(files.config),
      languages,
    },
  };
}

/** The model the page opens with, and the "it" head its config.json names. */
export const pageModel = firstModel();

export function expectedTranslation(
  sentence: string,
  decoding: DecodingChoice = { kind: 'greedy' },
  ablation: HeadAblation = [],
): string {
  const { config, languages } = pageModel.info;
  const source = prepareSource(sentence, pageModel.source, config, languages.source);
  if (isEngineError(source)) throw new Error(source.message);
  const { outputIds } = translate(
    pageModel.params,
    config,
    source.srcIds,
    decoding,
    undefined,
    ablation,
  );
  const words = [...outputIds].filter((id) => id !== EOS).map((id) => pageModel.target.tokenOf(id));
  return detokenize(words, languages.target);
}
