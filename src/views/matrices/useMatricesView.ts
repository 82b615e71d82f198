/**
 * What the matrix figures read from the store: the last finished run (its trace and its tokens
 * together, so a figure never pairs one sentence's numbers with another's words), the model's
 * configuration and the shared selection, turned into the chosen sublayer's matrices.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useFigureStore } from '../figureStore';
import { attentionMatrices, type AttentionMatrices } from './attentionMatrices';
import { attentionNames, layerCount, type AttentionKind } from './attentionNames';
import { attentionParameters, type AttentionParameters } from './attentionParameters';

export interface MatricesView {
  matrices: AttentionMatrices;
  /**
   * The sublayer's weights, from the parameters that came with the model; null until they have
   * come, and the figures then draw the weights by shape only.
   */
  parameters: AttentionParameters | null;
  layers: number;
  layer: number;
  head: number;
  /** The selected query token, when the queries are the source sentence's tokens. */
  queryRow: number | undefined;
  selectLayer(layer: number): void;
  selectHead(head: number): void;
  selectQueryRow(row: number): void;
}

export function useMatricesView(kind: AttentionKind): MatricesView | null {
  const { lastGood, config, modelParameters, selection, select } = useFigureStore(
    useShallow((state) => ({
      lastGood: state.lastGood,
      config: state.modelInfo?.config ?? null,
      modelParameters: state.modelParameters,
      selection: state.selection,
      select: state.select,
    })),
  );
  const layers = config ? layerCount(kind, config) : 0;
  const layer = Math.min(selection.layer, Math.max(layers - 1, 0));
  const matrices = useMemo(() => {
    if (!lastGood || !config || layers === 0) return null;
    const { trace, result } = lastGood;
    const tokens = { source: result.sourceTokens, target: result.targetTokens };
    return attentionMatrices(trace, attentionNames(kind, layer, config), config, tokens);
  }, [lastGood, config, kind, layer, layers]);
  const parameters = useMemo(
    () =>
      matrices && modelParameters
        ? attentionParameters(modelParameters, matrices.names.params)
        : null,
    [matrices, modelParameters],
  );
  if (!matrices) return null;
  const head = Math.min(selection.head, matrices.heads - 1);
  return {
    matrices,
    parameters,
    layers,
    layer,
    head,
    queryRow: matrices.names.querySide === 'source' ? selection.queryToken : undefined,
    selectLayer: (next) => select({ layer: next }),
    selectHead: (next) => select({ head: next }),
    selectQueryRow: (row) => {
      if (matrices.names.querySide === 'source') select({ queryToken: row });
    },
  };
}
