/**
 * How numbers are written on screen: three significant digits, an exponent for very small or
 * very large magnitudes, −∞ for masked scores. Kept ASCII '-' so a displayed value parses back.
 */

/** 0.841 → "0.841", 1 → "1", 12.345 → "12.3", 0.0001234 → "1.23e-4", −∞ → "−∞". */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude < 1e-3 || magnitude >= 1e5) {
    const [mantissa, exponent] = value.toExponential(2).split('e');
    return `${trimZeros(mantissa)}e${Number(exponent)}`;
  }
  if (magnitude >= 1000) return String(Math.round(value));
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
