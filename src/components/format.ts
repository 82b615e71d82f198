/**
 * How numbers are written on screen: three significant digits, a plain decimal down to 1e-4 (a
 * learner reads 0.0007 as a probability; 7e-4 is one more thing to decode), an exponent only for
 * really tiny or huge magnitudes, −∞ for masked scores. Kept ASCII '-' so a displayed value
 * parses back.
 */

/** Below this magnitude a decimal would need too many zeros: it gets an exponent. */
const SMALLEST_DECIMAL = 1e-4;

/**
 * 0.841 → "0.841", 1 → "1", 12.345 → "12.3", 0.000696 → "0.0007", 0.0001234 → "0.00012",
 * 0.00005 → "5e-5", −∞ → "−∞".
 */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude < SMALLEST_DECIMAL || magnitude >= 1e5) {
    const [mantissa, exponent] = value.toExponential(2).split('e');
    return `${trimZeros(mantissa)}e${Number(exponent)}`;
  }
  if (magnitude >= 1000) return String(Math.round(value));
  // Two significant digits under 1e-3 keep "0.00012" as narrow as "1.23e-4" was.
  if (magnitude < 1e-3) return trimZeros(value.toPrecision(2));
  return trimZeros(value.toPrecision(3));
}

/** Drops the trailing zeros of a decimal: "1.00" → "1", "0.840" → "0.84". */
function trimZeros(decimal: string): string {
  if (!decimal.includes('.')) return decimal;
  return decimal.replace(/0+$/, '').replace(/\.$/, '');
}

/** A shape caption as the post writes it beside a matrix: "Q  [9 × 16]". */
export function shapeCaption(name: string, shape: readonly number[]): string {
  return `${name}  [${shape.join(' × ')}]`;
}
