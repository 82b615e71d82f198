/** The post's "Self-Attention at a High Level": which words the chosen word looks at. */
import { useEffect, useRef } from 'react';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText } from '../../i18n';
import { Caveat, Waiting } from './Caveat';
import { encoderView } from './EncoderSelfAttention';
import { ItHeadNote } from './ItHeadNote';
import { TokenView } from './TokenView';
import { useAttentionRun, useItHead } from './useAttentionRun';
import './attention.css';

/** The word the post asks about. */
const POST_WORD = 'it';

export function HighLevelSection() {
  const { trace, sourceTokens, untrained, selection, select } = useAttentionRun();
  const text = useText().attention;
  const itHead = useItHead();
  const pointedAtIt = useRef(false);
  const itPosition = sourceTokens.indexOf(POST_WORD);
  // The page opens on the post's question, "it", unless the reader has already chosen a word.
  useEffect(() => {
    if (pointedAtIt.current || itPosition < 0) return;
    pointedAtIt.current = true;
    if (selection.queryToken === 0) select({ queryToken: itPosition });
  }, [itPosition, selection.queryToken, select]);

  const view = trace && encoderView(trace, selection, sourceTokens.length);
  return (
    <>
      <p>{text.highLevelQuestion}</p>
      <p>{text.highLevelHow}</p>
      {view ? (
        <ExportableFigure
          name={(words) =>
            figureFileName(
              words.attention.file.attention,
              words.attention.file.layer(view.layer + 1),
              words.attention.file.head(view.head + 1),
              sourceTokens[view.query],
            )
          }
          caption={text.highLevelCaption(sourceTokens[view.query], view.layer + 1, view.head + 1)}
        >
          <TokenView
            mode="one"
            tokens={sourceTokens}
            weights={view.weights}
            layer={view.layer}
            layerCount={view.layers}
            head={view.head}
            query={view.query}
            onSelect={select}
          />
        </ExportableFigure>
      ) : (
        <Waiting />
      )}
      {itHead && (
        <ItHeadNote
          itHead={itHead}
          onShow={() =>
            select({
              layer: itHead.layer,
              head: itHead.head,
              ...(itPosition >= 0 ? { queryToken: itPosition } : {}),
            })
          }
        />
      )}
      <Caveat untrained={untrained} />
    </>
  );
}
