/**
 * The attribution scoreboard of `npm run eval`: which output words it scores, and its raw
 * attention figures checked against the evaluation's own alignment tally (evaluation/alignment.ts).
 */
import { describe, expect, it } from 'vitest';
import { POST_SENTENCES, buildVocabulary, type SentencePair } from '../../src/corpus';
import { BOS, EOS, REFERENCE_CONFIG, forwardTrace, type ModelConfig } from '../../src/engine';
import { initParams } from '../../src/engine/model/params';
import { Vocabulary } from '../../src/engine/tokenizer/vocabulary';
import { alignmentAccuracy, emptyTally, tallyAlignment } from '../../src/evaluation/alignment';
import { attributionAgreement, singleGoldSources } from '../../src/training/attributionAgreement';
import { sidesOfPair } from '../../src/training/direction';

describe('singleGoldSources', () => {
  it('keeps the output words linked to exactly one source word, in either order', () => {
    const links: [number, number][] = [
      [0, 0],
      [1, 1],
      [2, 1],
      [3, 3],
      [3, 4],
    ];
    expect(singleGoldSources(links, true)).toEqual(
      new Map([
        [0, 0],
        [3, 3],
        [4, 3],
      ]),
    );
    expect(singleGoldSources(links, false)).toEqual(
      new Map([
        [0, 0],
        [1, 1],
        [2, 1],
      ]),
    );
  });
});

describe('attributionAgreement', () => {
  const source = new Vocabulary(buildVocabulary(POST_SENTENCES, 'en'));
  const target = new Vocabulary(buildVocabulary(POST_SENTENCES, 'fr'));
  const config: ModelConfig = {
    ...REFERENCE_CONFIG,
    encoderLayers: 2,
    decoderLayers: 2,
    heads: 4,
    srcVocabSize: source.size,
    tgtVocabSize: target.size,
  };
  const model = { config, params: initParams(config, 5), source, target };
  // Only the single links, so the evaluation's tally (which counts every linked word) scores the same words.
  const pairs: SentencePair[] = POST_SENTENCES.map((pair) => ({
    ...pair,
    alignment: [...singleGoldSources(pair.alignment, true)].map(([t, s]) => [s, t]),
  }));
  const agreement = attributionAgreement(model, pairs, 'en-fr');

  it('scores every output word with one gold source word', () => {
    const linked = pairs.reduce(
      (sum, pair) => sum + new Set(pair.alignment.map(([, t]) => t)).size,
      0,
    );
    expect(agreement.words).toBe(linked);
    expect(agreement.words).toBeGreaterThan(0);
    expect(agreement.sentences).toBe(pairs.length);
  });

  it("gives raw attention and the best head the evaluation's own alignment figures", () => {
    const tallies = [0, 1].map(() => emptyTally(config.heads));
    for (const pair of pairs) {
      const [en, fr] = sidesOfPair(pair, 'en-fr');
      const trace = forwardTrace(
        model.params,
        config,
        [...source.toIds(en).ids, EOS],
        [BOS, ...target.toIds(fr).ids],
      );
      tallies.forEach((tally, l) => {
        const weights = trace.get(`dec.${l}.cross.weights`);
        if (!weights) throw new Error(`no dec.${l}.cross.weights`);
        tallyAlignment(tally, weights, pair.alignment, fr.length, true);
      });
    }
    const perLayer = tallies.map(alignmentAccuracy);
    expect(agreement.accuracy.attention).toBeCloseTo(perLayer[1].averagedAccuracy, 10);
    const best = Math.max(...perLayer.map((layer) => layer.bestHeadAccuracy));
    expect(agreement.accuracy.bestHead).toBeCloseTo(best, 10);
    expect(perLayer[agreement.bestHead.layer].bestHead).toBe(agreement.bestHead.head);
  });

  it('gives every method a share between 0 and 1', () => {
    for (const accuracy of Object.values(agreement.accuracy)) {
      expect(accuracy).toBeGreaterThanOrEqual(0);
      expect(accuracy).toBeLessThanOrEqual(1);
    }
  });
});
