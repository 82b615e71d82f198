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
import { useText } from '../../i18n';

export interface BeamTreeProps {
  beam: BeamResult;
  words: readonly string[];
}

export function BeamTree({ beam, words }: BeamTreeProps) {
  const text = useText().decoding;
  const layout = useMemo(() => beamGridLayout(beam), [beam]);
  const onBestPath = useMemo(() => {
    const ids = new Set<number>();
    for (const nodeId of beam.best) for (const id of pathToRoot(beam, nodeId)) ids.add(id);
    return ids;
  }, [beam]);
  const word = (id: number) => words[id] ?? `#${id}`;
  const counts = { kept: 0, pruned: 0, finished: 0 };
  for (const node of beam.nodes) if (node.parent !== -1) counts[node.status]++;
  const summary = text.treeSummary(
    beam.beamSize,
    beam.nodes.length - 1,
    layout.columns.length - 1,
    counts,
  );
  return (
    <ExportableFigure
      name={(words) =>
        figureFileName(
          words.decoding.file.beamSearch,
          words.decoding.file.beamSize(beam.beamSize),
          words.decoding.file.tree,
        )
      }
      caption={summary}
    >
      <figure className="decoding-beam" data-testid="beam-tree">
        <div className="decoding-beam-scroll">
          <svg width={layout.width} height={layout.height} role="img" aria-label={summary}>
            {layout.columns.map(({ step, x }) => (
              <text key={step} x={x} y={14} textAnchor="middle" className="decoding-beam-heading">
                {step === 0 ? text.start : text.file.step(step)}
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
                      {text.nodeTitle(
                        word(node.tokenId),
                        node.step,
                        text.status[status],
                        node.logProb,
                        node.score,
                      )}
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
          {text.treeKey(beam.lengthPenalty, counts, (status, label) => (
            <span className={`decoding-key decoding-key-${status}`}>{label}</span>
          ))}
        </figcaption>
      </figure>
    </ExportableFigure>
  );
}
