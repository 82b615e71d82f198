/** A gradient bar for a colour scale, with ticks at its ends (and 0), and what the colour means. */
import { useId } from 'react';
import type { ColorScale } from './scales';
import { useText } from '../i18n';
import { gradientStops, legendTicks } from './ticks';
import './components.css';

export interface ColorLegendProps {
  scale: ColorScale;
  /** What the colour encodes: "value of each dimension", "attention weight". */
  caption: string;
  width?: number;
}

const BAR_HEIGHT = 10;
const TICK_ROOM = 14;

export function ColorLegend({ scale, caption, width = 160 }: ColorLegendProps) {
  const gradientId = useId();
  const ticks = legendTicks(scale);
  const text = useText().components;
  const summary = text.colourLegend(caption, text.number(scale.min), text.number(scale.max));
  return (
    <div className="cmp-legend" role="img" aria-label={summary}>
      <svg width={width + 16} height={BAR_HEIGHT + TICK_ROOM} aria-hidden="true">
        <defs>
          <linearGradient id={gradientId}>
            {gradientStops(11).map((t) => (
              <stop key={t} offset={`${t * 100}%`} stopColor={scale.at(t)} />
            ))}
          </linearGradient>
        </defs>
        <rect x={8} y={0} width={width} height={BAR_HEIGHT} fill={`url(#${gradientId})`} />
        {ticks.map((tick) => (
          <g key={tick.value} transform={`translate(${8 + tick.t * width}, 0)`}>
            <line y1={0} y2={BAR_HEIGHT + 3} stroke="currentColor" />
            <text
              y={BAR_HEIGHT + TICK_ROOM - 1}
              textAnchor={tick.t === 0 ? 'start' : tick.t === 1 ? 'end' : 'middle'}
              fontSize={10}
              fill="currentColor"
            >
              {text.number(tick.value)}
            </text>
          </g>
        ))}
      </svg>
      <span>{caption}</span>
    </div>
  );
}
