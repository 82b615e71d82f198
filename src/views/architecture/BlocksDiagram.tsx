/**
 * Draws a laid-out diagram of blocks (encoderLayerDiagram or modelDiagram): layer frames, flow
 * arrows, residual paths, the encoder's output feeding the decoders, and every block a button.
 */
import { useId, type KeyboardEvent } from 'react';
import { useText, type Catalogue } from '../../i18n';
import { blockTitle, type BlockSpec } from './blocks';
import { linkPath, type ModelDiagram, type PlacedBlock } from './layout';
import './architecture.css';

export interface BlocksDiagramProps {
  diagram: ModelDiagram;
  selectedKey: string | null;
  onSelectBlock(spec: BlockSpec): void;
  ariaLabel: string;
}

function blockClass(block: PlacedBlock, selected: boolean): string {
  const { spec } = block;
  const kind = spec.part.startsWith('addnorm')
    ? 'arch-addnorm'
    : spec.side === 'output'
      ? 'arch-output-block'
      : `arch-${spec.side}`;
  return `arch-block ${kind}${selected ? ' arch-selected' : ''}`;
}

function blockLabel(spec: BlockSpec, words: Catalogue['architecture']): string {
  const { side } = spec;
  const where =
    side === 'output'
      ? words.output
      : spec.layer === null
        ? words.sides[side]
        : words.blockWhere(words.sides[side], spec.layer + 1);
  const after = spec.residual ? blockTitle({ side, part: spec.residual.after }, words) : null;
  return words.blockLabel(blockTitle(spec, words), after, where);
}

export function BlocksDiagram({
  diagram,
  selectedKey,
  onSelectBlock,
  ariaLabel,
}: BlocksDiagramProps) {
  const arrowId = useId();
  const text = useText().architecture;
  const onKeyDown = (spec: BlockSpec) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelectBlock(spec);
    }
  };
  return (
    <svg
      className="arch-svg"
      width={diagram.width}
      height={diagram.height}
      viewBox={`0 0 ${diagram.width} ${diagram.height}`}
      role="group"
      aria-label={ariaLabel}
    >
      <defs>
        <marker
          id={arrowId}
          viewBox="0 0 8 8"
          refX={8}
          refY={4}
          markerWidth={6}
          markerHeight={6}
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" fill="#5b6475" />
        </marker>
      </defs>
      {diagram.frames.map((frame) => (
        <g key={frame.key}>
          <rect
            className="arch-frame"
            x={frame.x}
            y={frame.y}
            width={frame.width}
            height={frame.height}
            rx={8}
          />
          <text x={frame.x + 6} y={frame.y + 12} fontSize={10}>
            {text.frame(text.Sides[frame.side], frame.layer + 1)}
          </text>
        </g>
      ))}
      {diagram.links.map((link) => (
        <path
          key={link.key}
          className={`arch-link arch-link-${link.kind}`}
          d={linkPath(link.points)}
          markerEnd={`url(#${arrowId})`}
        />
      ))}
      {diagram.blocks.map((block) => (
        <g
          key={block.key}
          className={blockClass(block, block.key === selectedKey)}
          role="button"
          tabIndex={0}
          aria-pressed={block.key === selectedKey}
          aria-label={blockLabel(block.spec, text)}
          data-block={block.key}
          onClick={() => onSelectBlock(block.spec)}
          onKeyDown={onKeyDown(block.spec)}
        >
          <rect x={block.x} y={block.y} width={block.width} height={block.height} rx={4} />
          <text
            x={block.x + block.width / 2}
            y={block.y + block.height / 2}
            dy="0.35em"
            textAnchor="middle"
          >
            {blockTitle(block.spec, text)}
          </text>
        </g>
      ))}
    </svg>
  );
}
