/** The post's "Self-Attention at a High Level": which words the chosen word looks at. */
import { useEffect, useRef } from 'react';
import { ExportableFigure, figureFileName } from '../../components/figure';
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
      <p>
        In the post’s sentence, “the animal didn’t cross the street because it was too tired”, what
        does “it” stand for: the animal or the street? A reader knows at once. A model has to work
        it out from the other words, and self-attention is how it gathers them.
      </p>
      <p>
        While the encoder builds the new vector of one word, it gives every word of the sentence a
        weight, itself included: how much of that word goes into the mix. One word’s weights are
        positive and add up to 1. Below, the sentence is written twice: lines go from the chosen
        word on the left to every word on the right, wider and darker for a larger weight. Click a
        word to follow it; pick a layer and a head. In the post, a head of a trained model’s top
        encoder sends much of the weight of “it” to “the animal”.
      </p>
      {view ? (
        <ExportableFigure
          name={figureFileName(
            'attention',
            `layer ${view.layer + 1}`,
            `head ${view.head + 1}`,
            sourceTokens[view.query],
          )}
          caption={`Attention from “${sourceTokens[view.query]}” to every word of the sentence, encoder layer ${view.layer + 1}, head ${view.head + 1}: the wider and darker the line, the larger the weight.`}
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
