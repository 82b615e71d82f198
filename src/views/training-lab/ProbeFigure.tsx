/**
 * The probe example's attention, redrawn as training goes: any kind, any layer, one head or the
 * mean of all, as a heatmap, with what the model writes for the probe beside what it should.
 */
import { useState } from 'react';
import { ColorLegend, Heatmap, sequentialScale } from '../../components';
import { useText } from '../../i18n';
import type { ProbeSnapshot } from '../../worker/trainingListener';
import { ATTENTION_KINDS, type AttentionKind } from '../attention/attentionKinds';
import {
  antiDiagonalShare,
  diagonalShare,
  probeLayers,
  probeMatrix,
  type HeadChoice,
} from './probeAttention';
import { Segmented } from './Segmented';
import './training-lab.css';

export interface ProbeFigureProps {
  probe: ProbeSnapshot;
  heads: number;
}

const words = (tokens: readonly string[]) => tokens.filter((t) => t !== '<eos>').join(' ');

export function ProbeFigure({ probe, heads }: ProbeFigureProps) {
  const [kind, setKind] = useState<AttentionKind>('cross');
  // The last layer first: its attention feeds the words the model writes.
  const [pickedLayer, setLayer] = useState(Infinity);
  const [pickedHead, setHead] = useState<HeadChoice>('average');
  const text = useText().trainingLab;
  const layers = probeLayers(probe, kind);
  const layer = Math.min(pickedLayer, Math.max(layers - 1, 0));
  const head = pickedHead !== 'average' && pickedHead >= heads ? 'average' : pickedHead;
  const matrix = probeMatrix(probe, kind, layer, head);
  const right = words(probe.modelOutputs) === words(probe.expectedOutputs);
  const headName = head === 'average' ? text.meanOfHeads : text.head(head + 1);
  const name = text.probeName(text.kindTitles[kind], layer + 1, headName, probe.step);
  const diagonal = matrix ? diagonalShare(matrix) : 0;
  const antiDiagonal = matrix ? antiDiagonalShare(matrix) : 0;
  return (
    <div
      className="lab-probe"
      data-kind={kind}
      data-layer={layer}
      data-head={head}
      data-step={probe.step}
      data-diagonal={diagonal}
      data-anti-diagonal={antiDiagonal}
    >
      <p className="lab-probe-words">
        <span>
          {text.probeReads(
            <strong>{words(probe.sourceTokens)}</strong>,
            <strong>{words(probe.expectedOutputs)}</strong>,
          )}
        </span>{' '}
        <span data-testid="lab-probe-output">
          {text.probeWrites(
            probe.step,
            <strong>{words(probe.modelOutputs) || text.nothing}</strong>,
            right,
          )}
        </span>
      </p>
      <div className="lab-probe-controls">
        <Segmented
          label={text.attentionKind}
          options={ATTENTION_KINDS}
          value={kind}
          names={text.kinds}
          onChange={setKind}
        />
        <label>
          {text.layer}{' '}
          <select value={layer} onChange={(event) => setLayer(Number(event.target.value))}>
            {Array.from({ length: layers }, (_, l) => (
              <option key={l} value={l}>
                {l + 1}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.headPicker}{' '}
          <select
            value={head}
            onChange={(event) => {
              const value = event.target.value;
              setHead(value === 'average' ? 'average' : Number(value));
            }}
          >
            <option value="average">{text.meanOfAll(heads)}</option>
            {Array.from({ length: heads }, (_, h) => (
              <option key={h} value={h}>
                {h + 1}
              </option>
            ))}
          </select>
        </label>
      </div>
      {matrix && (
        <>
          <Heatmap
            values={matrix.values}
            rowTokens={matrix.rowTokens}
            colTokens={matrix.colTokens}
            caption={name}
            cellSize={28}
            withNumbers
          />
          <ColorLegend scale={sequentialScale(1)} caption={text.attentionWeight} />
          <p className="lab-shares">
            {text.shares(
              <strong data-testid="lab-diagonal">{text.fixed(diagonal, 2)}</strong>,
              <strong data-testid="lab-anti-diagonal">{text.fixed(antiDiagonal, 2)}</strong>,
              <code>&lt;eos&gt;</code>,
            )}
          </p>
        </>
      )}
    </div>
  );
}
