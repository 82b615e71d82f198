/** The post's "Self-Attention in Detail": the six steps for one word, with the real numbers. */
import { attentionSteps } from './attentionSteps';
import { Waiting } from './Caveat';
import { encoderView } from './EncoderSelfAttention';
import { StepThrough } from './StepThrough';
import { useAttentionRun } from './useAttentionRun';
import { ExportableFigure, figureFileName } from '../../components/figure';

export function DetailSection() {
  const { trace, sourceTokens, selection, select } = useAttentionRun();
  const view = trace && encoderView(trace, selection, sourceTokens.length);
  const data = trace && view && attentionSteps(trace, view.layer, view.head, view.query);
  return (
    <>
      <p>
        Here is the same computation for one word, step by step. The post follows “Thinking” in a
        two-word sentence with made-up numbers; here you follow any word of your sentence through
        one head of one encoder layer, and every number is this model’s own. Hover over a coloured
        cell to read its value.
      </p>
      {view && data ? (
        <ExportableFigure
          name={figureFileName(
            'self-attention-steps',
            `layer ${view.layer + 1}`,
            `head ${view.head + 1}`,
            sourceTokens[view.query],
          )}
          caption={`Self-attention for “${sourceTokens[view.query]}”, step by step, in encoder layer ${view.layer + 1}, head ${view.head + 1}.`}
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
