/** A small dark label above a point of a figure, used for values on hover and keyboard focus. */
import './components.css';

export function Tooltip({ x, y, text }: { x: number; y: number; text: string }) {
  return (
    <div className="cmp-tooltip" role="status" style={{ left: x, top: y - 4 }}>
      {text}
    </div>
  );
}
