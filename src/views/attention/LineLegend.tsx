/** The key to the token view: how wide and opaque a line of a given attention weight is drawn. */
import { lineStyle } from './tokenLinesLayout';
import { useText } from '../../i18n';
import './attention.css';

const SAMPLE_WEIGHTS = [0.05, 0.25, 0.5, 1] as const;
const SAMPLE_LENGTH = 36;

export function LineLegend({ color }: { color: string }) {
  const text = useText().attention;
  return (
    <div className="attn-line-legend" role="img" aria-label={text.lineKey}>
      <span>{text.lineKeyTitle}</span>
      {SAMPLE_WEIGHTS.map((weight) => {
        const { width, opacity } = lineStyle(weight);
        return (
          <span key={weight} className="attn-line-sample">
            <svg width={SAMPLE_LENGTH} height={14} aria-hidden="true">
              <line
                x1={2}
                y1={7}
                x2={SAMPLE_LENGTH - 2}
                y2={7}
                stroke={color}
                strokeWidth={width}
                strokeOpacity={opacity}
              />
            </svg>
            {text.sample(weight)}
          </span>
        );
      })}
    </div>
  );
}
