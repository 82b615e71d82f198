/**
 * Figure 26: one encoder layer with its Add & Normalize blocks and the residual paths that carry
 * each sublayer's input around it. Choosing a block says which residual the vectors below show.
 */
import type { BlockSpec } from './blocks';
import { BlocksDiagram } from './BlocksDiagram';
import { encoderLayerDiagram } from './layout';
import { useText } from '../../i18n';
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
  const text = useText().architecture;
  return (
    <figure className="arch-figure arch-residual-figure" style={{ marginLeft: 0, marginRight: 0 }}>
      <BlocksDiagram
        diagram={encoderLayerDiagram(layer, RESIDUAL_DIAGRAM)}
        selectedKey={selectedKey}
        onSelectBlock={onSelectBlock}
        ariaLabel={text.residualDiagramLabel(layer + 1)}
      />
      <figcaption className="arch-note">{text.residualDiagramNote}</figcaption>
    </figure>
  );
}
