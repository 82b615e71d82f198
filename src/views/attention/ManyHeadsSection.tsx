/** The post's "The Beast With Many Heads", figures 20 and 21: several heads' lines at once. */
import { PAPER_CONFIG, headSize } from '../../engine';
import { Caveat, Waiting } from './Caveat';
import { encoderView } from './EncoderSelfAttention';
import { TokenView } from './TokenView';
import { useItFigureRun } from './useAttentionRun';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText } from '../../i18n';

export function ManyHeadsSection() {
  const { trace, sourceTokens, untrained, selection, select } = useItFigureRun();
  const text = useText().attention;
  const view = trace && encoderView(trace, selection, sourceTokens.length);
  if (!view) return <Waiting />;
  const word = sourceTokens[view.query];
  const figure = (mode: 'pair' | 'all') => (
    <ExportableFigure
      name={(words) =>
        figureFileName(
          words.attention.file.attention,
          words.attention.file.layer(view.layer + 1),
          mode === 'pair' ? words.attention.file.twoHeads : words.attention.file.allHeads,
          word,
        )
      }
      caption={text.overlaidCaption(word, view.layer + 1, mode === 'pair')}
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
        {text.manyHeadsIntro(view.heads, view.headSize, PAPER_CONFIG.heads, headSize(PAPER_CONFIG))}
      </p>
      {figure('pair')}
      <p>{text.manyHeadsCrowded}</p>
      {figure('all')}
      <Caveat untrained={untrained} />
    </>
  );
}
