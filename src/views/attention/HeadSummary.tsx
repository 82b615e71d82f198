/**
 * What the reader should see in the lines, in words computed from the weights: where each shown
 * head's strongest lines go, and whether it looks anywhere in particular at all. One sentence per
 * head for one or two heads; a compact table when every head is drawn.
 */
import { useText, type Catalogue } from '../../i18n';
import { describeStrongest, peakOverUniform, strongestKeys } from './describeWeights';
import { headColor } from './headPalette';
import { headRow } from './headSlices';
import type { Tensor } from '../../engine';
import './attention.css';

export interface HeadSummaryProps {
  tokens: readonly string[];
  weights: Tensor;
  heads: readonly number[];
  query: number;
}

/** Below this, the largest weight is close to what every word would get from equal scores. */
const NEARLY_EVEN = 1.5;

/** Above this many heads, sentences give way to a table. */
const MOST_SENTENCES = 2;

function sentenceFor(
  weights: Float32Array,
  tokens: readonly string[],
  text: Catalogue['attention'],
): string {
  const strongest = describeStrongest(strongestKeys(weights, tokens, 3), text);
  const peak = peakOverUniform(weights);
  const evenness =
    peak < NEARLY_EVEN
      ? text.nearlyEven(peak, tokens.length)
      : text.peakTimesEven(peak, tokens.length);
  return `${strongest.charAt(0).toUpperCase()}${strongest.slice(1)}.${evenness}`;
}

export function HeadSummary({ tokens, weights, heads, query }: HeadSummaryProps) {
  const words = useText();
  const text = words.attention;
  const { quoted } = words.components;
  if (heads.length === 0) return <p className="attn-muted">{text.switchAHeadOn}</p>;
  if (heads.length <= MOST_SENTENCES) {
    return (
      <ul className="attn-summary">
        {heads.map((head) => (
          <li key={head}>
            <strong>{text.headLabel(head + 1)}</strong>{' '}
            {sentenceFor(headRow(weights, head, query), tokens, text)}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <table className="attn-head-table">
      <thead>
        <tr>
          <th scope="col">{text.summaryColumns.head}</th>
          <th scope="col">{text.summaryColumns.strongest}</th>
          <th scope="col">{text.summaryColumns.weight}</th>
          <th scope="col">{text.summaryColumns.even(tokens.length)}</th>
        </tr>
      </thead>
      <tbody>
        {heads.map((head) => {
          const row = headRow(weights, head, query);
          const [strongest] = strongestKeys(row, tokens, 1);
          return (
            <tr key={head}>
              <th scope="row">
                <span className="attn-swatch" style={{ background: headColor(head) }} aria-hidden />{' '}
                {head + 1}
              </th>
              <td>{quoted(strongest.token)}</td>
              <td className="attn-number">{text.weight(strongest.weight)}</td>
              <td className="attn-number">{text.times(peakOverUniform(row))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
