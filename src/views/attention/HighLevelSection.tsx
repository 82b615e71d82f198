/** The post's "Self-Attention at a High Level": which words the chosen word looks at. */
import { useEffect, useRef } from 'react';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText } from '../../i18n';
import { Caveat, Waiting } from './Caveat';
import { encoderView } from './EncoderSelfAttention';
import { ItHeadNote, itHeadShown, NoItHeadNote } from './ItHeadNote';
import { TokenView } from './TokenView';
import { useItFigureRun, useItHead } from './useAttentionRun';
import { postPronounPosition } from '../../store/postSentence';
import { defaultModel } from '../../store/modelSlice';
import { resolvesPronoun } from '../../worker/itHeadInfo';
import { useFigureStore } from '../figureStore';
import './attention.css';

export function HighLevelSection() {
  const { trace, sourceTokens, untrained, selection, select, onItHead } = useItFigureRun();
  const text = useText().attention;
  const itHead = useItHead();
  const source = useFigureStore((s) => s.modelInfo?.languages.source ?? 'en');
  const englishModel = useFigureStore((s) => defaultModel(s.models, 'en'));
  const selectModel = useFigureStore((s) => s.selectModel);
  const pointedAtIt = useRef(false);
  const itPosition = postPronounPosition(sourceTokens);
  // The page opens on the post's question, "it" (il, elle), unless the reader has chosen a word.
  useEffect(() => {
    if (pointedAtIt.current || itPosition < 0) return;
    pointedAtIt.current = true;
    if (selection.queryToken === 0) select({ queryToken: itPosition });
  }, [itPosition, selection.queryToken, select]);

  const showItHead = () =>
    itHead &&
    select({
      layer: itHead.layer,
      head: itHead.head,
      ...(itPosition >= 0 ? { queryToken: itPosition } : {}),
    });
  // Asked for the post's figure in the English model: once its run is drawn, its "it" head.
  const wantsItHead = useRef(false);
  useEffect(() => {
    if (!wantsItHead.current || !trace || !resolvesPronoun(itHead) || itPosition < 0) return;
    wantsItHead.current = false;
    select({ layer: itHead.layer, head: itHead.head, queryToken: itPosition });
  }, [trace, itHead, itPosition, select]);

  const view = trace && encoderView(trace, selection, sourceTokens.length);
  return (
    <>
      <p>{text.highLevelQuestion(source)}</p>
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
      {resolvesPronoun(itHead) ? (
        <ItHeadNote
          itHead={itHead}
          onShow={showItHead}
          shown={itHeadShown(onItHead, view, itHead)}
        />
      ) : (
        itHead && (
          <NoItHeadNote
            closest={itHead}
            onShow={showItHead}
            readsFrench={source === 'fr'}
            onEnglishModel={
              englishModel.trained && englishModel.languages.source === 'en'
                ? () => {
                    selectModel(englishModel.key);
                    wantsItHead.current = true;
                  }
                : undefined
            }
          />
        )
      )}
      <Caveat untrained={untrained} />
    </>
  );
}
