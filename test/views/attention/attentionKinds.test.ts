import { describe, expect, it } from 'vitest';
import {
  attentionPrefix,
  attentionTokens,
  kindsInTrace,
  layersInTrace,
} from '../../../src/views/attention/attentionKinds';
import { config, itSentenceTrace, sourceTokens, targetTokens } from './fixtures';

describe('attention kinds', () => {
  const trace = itSentenceTrace();

  it('names each kind’s weights as the trace does, with the right shapes', () => {
    const S = sourceTokens.length;
    const T = trace.tgtIds.length;
    const shape = (kind: Parameters<typeof attentionPrefix>[0]) =>
      trace.tensors.get(`${attentionPrefix(kind, 1)}.weights`)?.shape;
    expect(shape('encoder-self')).toEqual([config.heads, S, S]);
    expect(shape('decoder-self')).toEqual([config.heads, T, T]);
    expect(shape('cross')).toEqual([config.heads, T, S]);
  });

  it('puts target tokens on the rows of decoder attention and source tokens on cross keys', () => {
    const target = targetTokens(trace);
    expect(attentionTokens('encoder-self', sourceTokens, target)).toEqual({
      queries: sourceTokens,
      keys: sourceTokens,
    });
    expect(attentionTokens('decoder-self', sourceTokens, target).keys).toBe(target);
    expect(attentionTokens('cross', sourceTokens, target)).toEqual({
      queries: target,
      keys: sourceTokens,
    });
  });

  it('counts the layers of each kind the trace holds', () => {
    expect(layersInTrace(trace.tensors, 'encoder-self')).toBe(config.encoderLayers);
    expect(layersInTrace(trace.tensors, 'cross')).toBe(config.decoderLayers);
    const firstLayerOnly = new Map(
      [...trace.tensors].filter(([name]) => !name.startsWith('enc.1.')),
    );
    expect(layersInTrace(firstLayerOnly, 'encoder-self')).toBe(1);
  });

  it('offers only the kinds whose weights have arrived', () => {
    expect(kindsInTrace(trace.tensors)).toEqual(['encoder-self', 'decoder-self', 'cross']);
    const encoderOnly = new Map([...trace.tensors].filter(([name]) => !name.startsWith('dec.')));
    expect(kindsInTrace(encoderOnly)).toEqual(['encoder-self']);
  });
});
