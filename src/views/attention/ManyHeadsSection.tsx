/** The post's "The Beast With Many Heads", figures 20 and 21: several heads' lines at once. */
import { PAPER_CONFIG, headSize } from '../../engine';
import { Caveat, Waiting } from './Caveat';
import { encoderView } from './EncoderSelfAttention';
import { TokenView } from './TokenView';
import { useAttentionRun } from './useAttentionRun';
import { ExportableFigure, figureFileName } from '../../components/figure';

export function ManyHeadsSection() {
  const { trace, sourceTokens, untrained, selection, select } = useAttentionRun();
  const view = trace && encoderView(trace, selection, sourceTokens.length);
  if (!view) return <Waiting />;
  const word = sourceTokens[view.query];
  const figure = (mode: 'pair' | 'all') => (
    <ExportableFigure
      name={figureFileName(
        'attention',
        `layer ${view.layer + 1}`,
        mode === 'pair' ? 'two heads' : 'all heads',
        word,
      )}
      caption={`Attention from “${word}” in encoder layer ${view.layer + 1}, ${mode === 'pair' ? 'two heads' : 'every head'} overlaid, one colour per head.`}
    >
      <TokenView
        mode={mode}
        tokens={sourceTokens}
        weights={view.weights}
        layer={view.layer}
        layerCount={view.layers}
        head={view.head}
        query={view.query}
        onSelect={select}
      />
    </ExportableFigure>
  );
  return (
    <>
      <p>
        Every layer of this model has {view.heads} heads, each working on vectors of d_k ={' '}
        {view.headSize} numbers (the paper: {PAPER_CONFIG.heads} heads of {headSize(PAPER_CONFIG)}
        ). Each head has its own three matrices, so each can weigh the words its own way. In the
        post, one head sends “it” to “the animal” while another sends it to “tired”. Pick any two
        heads to draw their lines together, each in its head’s colour.
      </p>
      {figure('pair')}
      <p>
        With every head drawn at once the picture gets crowded, as the post admits. Switch heads off
        and on to compare them.
      </p>
      {figure('all')}
      <Caveat untrained={untrained} />
    </>
  );
}
