/**
 * Figure 26: one encoder layer with its Add & Normalize blocks and the residual paths that carry
 * each sublayer's input around it. Choosing a block says which residual the vectors below show.
 */
import type { BlockSpec } from './blocks';
import { BlocksDiagram } from './BlocksDiagram';
import { encoderLayerDiagram } from './layout';
import './architecture.css';

/**
 * One layer alone has the column's width to itself: blocks wide and tall enough for labels in
 * 16 px text (architecture.css), residual lanes wide enough to see.
 */
const RESIDUAL_DIAGRAM = { blockWidth: 420, blockHeight: 44, gap: 30, framePadding: 18 };

export interface EncoderResidualFigureProps {
  layer: number;
  /** Key of the block whose residual is shown below ("encoder.0.addnorm1"). */
  selectedKey: string;
  onSelectBlock(spec: BlockSpec): void;
}

export function EncoderResidualFigure({
  layer,
  selectedKey,
  onSelectBlock,
}: EncoderResidualFigureProps) {
  return (
    <figure className="arch-figure arch-residual-figure" style={{ marginLeft: 0, marginRight: 0 }}>
      <BlocksDiagram
        diagram={encoderLayerDiagram(layer, RESIDUAL_DIAGRAM)}
        selectedKey={selectedKey}
        onSelectBlock={onSelectBlock}
        ariaLabel={`Encoder layer ${layer + 1}: self-attention then Add & Normalize, feed forward then Add & Normalize; a dashed path carries each sublayer's input around it to the Add & Normalize.`}
      />
      <figcaption className="arch-note">
        Dashed: the residual paths. Each sublayer’s input skips around it and is added to its output
        before normalising.
      </figcaption>
    </figure>
  );
}
