/**
 * One decoding step drawn on the whole model: the encoder has read the source once; its output
 * becomes K and V for the encoder-decoder attention of every decoder layer; the decoder reads
 * <bos> and the words emitted so far, and Linear + Softmax emit the next word, which travels back
 * to become the next input.
 */
import { useMemo } from 'react';
import { decoderSideLayout, feedbackPath, pathData, type Box } from './layout';
import './decoding.css';
import { ExportableFigure, figureFileName } from '../../components/figure';
import { useText } from '../../i18n';

export interface DecoderSideDiagramProps {
  encoderLayers: number;
  decoderLayers: number;
  vocabularySize: number;
  sourceTokens: readonly string[];
  /** The decoder's input at each step: <bos>, then each emitted word but the last. */
  decoderInputs: readonly string[];
  /** The word emitted at each step. */
  outputs: readonly string[];
  step: number;
}

function Chip({ box, label, state }: { box: Box; label: string; state: string }) {
  return (
    <g className={`decoding-chip decoding-chip-${state}`} data-state={state}>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={5} />
      <text x={box.x + box.width / 2} y={box.y + box.height / 2} dy="0.35em" textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

/** past: an earlier step; current: this step's; next: fed back for the next step; later: hidden. */
function chipState(index: number, step: number): string {
  if (index < step) return 'past';
  if (index === step) return 'current';
  return index === step + 1 ? 'next' : 'later';
}

export function DecoderSideDiagram(props: DecoderSideDiagramProps) {
  const { sourceTokens, decoderInputs, outputs, step } = props;
  const text = useText().decoding;
  const layout = useMemo(
    () =>
      decoderSideLayout({
        encoderLayers: props.encoderLayers,
        decoderLayers: props.decoderLayers,
        sourceTokens,
        decoderInputs,
        outputs,
      }),
    [props.encoderLayers, props.decoderLayers, sourceTokens, decoderInputs, outputs],
  );
  const feedback = feedbackPath(layout, step);
  const shownInputs = decoderInputs.slice(0, step + 1).join(' ');
  const summary = text.diagramSummary(
    step + 1,
    outputs.length,
    sourceTokens.join(' '),
    props.decoderLayers,
    shownInputs,
    outputs[step] ?? '',
  );
  const bus = layout.keyValueArrows[0]?.[1];

  return (
    <ExportableFigure
      name={(words) =>
        figureFileName(
          words.decoding.file.decoder,
          words.decoding.file.step(step + 1),
          outputs[step] ?? '',
        )
      }
      caption={summary}
    >
      <svg
        className="decoding-diagram"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={summary}
        data-step={step}
      >
        <defs>
          <marker
            id="decoding-arrowhead"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        </defs>
        {layout.encoder.map((layer, l) => (
          <g key={`enc-${l}`} className="decoding-layer decoding-encoder">
            <rect x={layer.x} y={layer.y} width={layer.width} height={layer.height} rx={8} />
            <text x={layer.x + 10} y={layer.sublayers[layer.sublayers.length - 1].y + 16}>
              {text.encoderLayer(l + 1)}
            </text>
            {layer.sublayers.map((sublayer) => (
              <g key={sublayer.kind} className="decoding-sublayer">
                <rect
                  x={sublayer.x}
                  y={sublayer.y}
                  width={sublayer.width}
                  height={sublayer.height}
                  rx={4}
                />
                <text x={sublayer.x + sublayer.width / 2} y={sublayer.y + 16} textAnchor="middle">
                  {text.sublayers[sublayer.kind]}
                </text>
              </g>
            ))}
          </g>
        ))}
        <g className="decoding-memory">
          <rect
            x={layout.memory.x}
            y={layout.memory.y}
            width={layout.memory.width}
            height={layout.memory.height}
            rx={5}
          />
          <text
            x={layout.memory.x + layout.memory.width / 2}
            y={layout.memory.y + 17}
            textAnchor="middle"
          >
            {text.memory}
          </text>
        </g>
        {layout.decoder.map((layer, l) => (
          <g key={`dec-${l}`} className="decoding-layer decoding-decoder">
            <rect x={layer.x} y={layer.y} width={layer.width} height={layer.height} rx={8} />
            <text x={layer.x + 10} y={layer.sublayers[layer.sublayers.length - 1].y + 16}>
              {text.decoderLayerBox(l + 1)}
            </text>
            {layer.sublayers.map((sublayer) => (
              <g
                key={sublayer.kind}
                className={`decoding-sublayer decoding-sublayer-${sublayer.kind}`}
              >
                <rect
                  x={sublayer.x}
                  y={sublayer.y}
                  width={sublayer.width}
                  height={sublayer.height}
                  rx={4}
                />
                <text x={sublayer.x + sublayer.width / 2} y={sublayer.y + 16} textAnchor="middle">
                  {text.sublayers[sublayer.kind === 'self' ? 'maskedSelf' : sublayer.kind]}
                </text>
              </g>
            ))}
          </g>
        ))}
        {layout.keyValueArrows.map((arrow, l) => (
          <path
            key={l}
            className="decoding-kv"
            d={pathData(arrow)}
            markerEnd="url(#decoding-arrowhead)"
            data-layer={l}
          />
        ))}
        {bus && (
          <text className="decoding-kv-label" x={bus[0] + 6} y={bus[1] - 6}>
            K, V
          </text>
        )}
        {layout.flowArrows.map((arrow, i) => (
          <path
            key={i}
            className="decoding-flow"
            d={pathData(arrow)}
            markerEnd="url(#decoding-arrowhead)"
          />
        ))}
        {[
          {
            box: layout.linear,
            label: text.linear(props.vocabularySize),
          },
          { box: layout.softmax, label: text.softmax },
        ].map(({ box, label }) => (
          <g key={label} className="decoding-block">
            <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={5} />
            <text x={box.x + box.width / 2} y={box.y + 17} textAnchor="middle">
              {label}
            </text>
          </g>
        ))}
        {layout.sourceChips.map((box, i) => (
          <Chip key={i} box={box} label={sourceTokens[i]} state="source" />
        ))}
        {layout.inputChips.map((box, i) => (
          <Chip key={i} box={box} label={decoderInputs[i]} state={chipState(i, step)} />
        ))}
        {layout.outputChips.map((box, i) => (
          <Chip
            key={i}
            box={box}
            label={outputs[i]}
            state={i <= step ? chipState(i, step) : 'later'}
          />
        ))}
        {feedback && (
          <path
            key={step}
            className="decoding-feedback"
            d={pathData(feedback)}
            markerEnd="url(#decoding-arrowhead)"
          />
        )}
        <text
          className="decoding-caption"
          x={layout.linear.x + layout.linear.width / 2 + 8}
          y={layout.linear.y + layout.linear.height + 13}
        >
          {text.onlyPosition(step + 1)}
        </text>
      </svg>
    </ExportableFigure>
  );
}
