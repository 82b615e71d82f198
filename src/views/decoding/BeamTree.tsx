/**
 * Every hypothesis beam search scored, one column per step, best score at the top of each: kept
 * ones carried on, pruned ones dropped, finished ones ended with <eos>. The returned hypotheses'
 * paths are drawn bold.
 */
import { useMemo } from 'react';
import { formatValue } from '../../components';
import type { BeamResult } from '../../engine';
import { beamGridLayout, pathToRoot } from './beamLayout';
import './decoding.css';
import './beam.css';
import { ExportableFigure, figureFileName } from '../../components/figure';

export interface BeamTreeProps {
  beam: BeamResult;
  words: readonly string[];
}

export function BeamTree({ beam, words }: BeamTreeProps) {
  const layout = useMemo(() => beamGridLayout(beam), [beam]);
  const onBestPath = useMemo(() => {
    const ids = new Set<number>();
    for (const nodeId of beam.best) for (const id of pathToRoot(beam, nodeId)) ids.add(id);
    return ids;
  }, [beam]);
  const word = (id: number) => words[id] ?? `#${id}`;
  const counts = { kept: 0, pruned: 0, finished: 0 };
  for (const node of beam.nodes) if (node.parent !== -1) counts[node.status]++;
  const summary =
    `Beam search tree, beam size ${beam.beamSize}: ${beam.nodes.length - 1} hypotheses scored over ` +
    `${layout.columns.length - 1} steps; ${counts.kept} kept, ${counts.pruned} pruned, ` +
    `${counts.finished} finished.`;
  return (
    <ExportableFigure
      name={figureFileName('beam-search', `beam size ${beam.beamSize}`, 'tree')}
      caption={summary}
    >
      <figure className="decoding-beam" data-testid="beam-tree">
        <div className="decoding-beam-scroll">
          <svg width={layout.width} height={layout.height} role="img" aria-label={summary}>
            {layout.columns.map(({ step, x }) => (
              <text key={step} x={x} y={14} textAnchor="middle" className="decoding-beam-heading">
                {step === 0 ? 'start' : `step ${step}`}
              </text>
            ))}
            {layout.edges.map((edge) => (
              <path
                key={edge.to}
                d={edge.d}
                className={
                  onBestPath.has(edge.to)
                    ? 'decoding-beam-edge decoding-beam-best'
                    : 'decoding-beam-edge'
                }
              />
            ))}
            {[...layout.boxes.values()].map(({ node, x, y, width, height }) => {
              const status = node.parent === -1 ? 'root' : node.status;
              const best = onBestPath.has(node.id) && node.parent !== -1;
              return (
                <g
                  key={node.id}
                  className={`decoding-beam-node decoding-beam-${status}${best ? ' decoding-beam-best' : ''}`}
                  data-node-id={node.id}
                  data-status={status}
                  data-score={node.score}
                >
                  <rect x={x} y={y} width={width} height={height} rx={5}>
                    <title>
                      {`${word(node.tokenId)} (step ${node.step}): ${status}; log-probability ` +
                        `${formatValue(node.logProb)}, score ${formatValue(node.score)}`}
                    </title>
                  </rect>
                  <text
                    x={x + width / 2}
                    y={y + 15}
                    textAnchor="middle"
                    className="decoding-beam-word"
                  >
                    {word(node.tokenId)}
                  </text>
                  <text
                    x={x + width / 2}
                    y={y + 29}
                    textAnchor="middle"
                    className="decoding-beam-score"
                  >
                    {node.parent === -1 ? '' : formatValue(node.score)}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
        <figcaption className="decoding-note">
          Each box: a hypothesis's newest word and its score, log-probability ÷ length
          <sup>{beam.lengthPenalty}</sup>.{' '}
          <span className="decoding-key decoding-key-kept">kept</span> carried on to the next step,{' '}
          <span className="decoding-key decoding-key-pruned">pruned</span> fell out of the beam,{' '}
          <span className="decoding-key decoding-key-finished">finished</span> ended with
          &lt;eos&gt;; bold lines lead to the returned translations. Here: {counts.kept} kept,{' '}
          {counts.pruned} pruned, {counts.finished} finished.
        </figcaption>
      </figure>
    </ExportableFigure>
  );
}
