/** The post's "Self-Attention in Detail": the six steps for one word, with the real numbers. */
import { attentionSteps } from './attentionSteps';
import { Waiting } from './Caveat';
import { encoderView } from './EncoderSelfAttention';
import { StepThrough } from './StepThrough';
import { useAttentionRun } from './useAttentionRun';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText } from '../../i18n';

export function DetailSection() {
  const { trace, sourceTokens, selection, select } = useAttentionRun();
  const text = useText().attention;
  const view = trace && encoderView(trace, selection, sourceTokens.length);
  const data = trace && view && attentionSteps(trace, view.layer, view.head, view.query);
  return (
    <>
      <p>{text.detailIntro}</p>
      {view && data ? (
        <ExportableFigure
          name={(words) =>
            figureFileName(
              words.attention.file.steps,
              words.attention.file.layer(view.layer + 1),
              words.attention.file.head(view.head + 1),
              sourceTokens[view.query],
            )
          }
          caption={text.detailCaption(sourceTokens[view.query], view.layer + 1, view.head + 1)}
        >
          <StepThrough
            data={data}
            tokens={sourceTokens}
            layerCount={view.layers}
            headCount={view.heads}
            onSelect={select}
          />
        </ExportableFigure>
      ) : (
        <Waiting />
      )}
    </>
  );
}
