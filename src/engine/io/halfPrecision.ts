/**
 * Half-precision numbers widened to float32, so weights exported from PyTorch as F16 or BF16 load
 * into the engine's Float32Arrays. Both widenings are exact: every half value is a float32 value.
 * Results are written as float32 bit patterns, so -0, infinities and NaN payloads survive.
 */

/**
 * IEEE 754 binary16: sign (1 bit), exponent e (5 bits, bias 15), mantissa m (10 bits).
 *   e = 0:        (−1)^s · 2^−14 · m/1024          zero and subnormals
 *   0 < e < 31:   (−1)^s · 2^(e−15) · (1 + m/1024)
 *   e = 31:       ±Infinity (m = 0) or NaN
 * A normal half becomes a normal float32 by re-biasing the exponent (127 − 15 = 112) and moving the
 * mantissa to the top of float32's 23 bits.
 */
export function decodeFloat16(bytes: Uint8Array, byteOffset: number, count: number): Float32Array {
  const values = new Float32Array(count);
  const bits = new Uint32Array(values.buffer);
  const source = new DataView(bytes.buffer, bytes.byteOffset + byteOffset, count * 2);
  for (let i = 0; i < count; i++) {
    const half = source.getUint16(2 * i, true);
    const sign = (half & 0x8000) << 16;
    const exponent = (half >> 10) & 0x1f;
    const mantissa = half & 0x3ff;
    if (exponent === 0) {
      // Subnormal halves are normal float32s; m · 2^−24 is exact in float32.
      const magnitude = mantissa * 2 ** -24;
      values[i] = sign ? -magnitude : magnitude;
    } else if (exponent === 0x1f) {
      bits[i] = sign | 0x7f800000 | (mantissa << 13);
    } else {
      bits[i] = sign | ((exponent + 112) << 23) | (mantissa << 13);
    }
  }
  return values;
}

/** bfloat16 is the top half of a float32: same sign and exponent, mantissa cut to 7 bits. */
export function decodeBfloat16(bytes: Uint8Array, byteOffset: number, count: number): Float32Array {
  const values = new Float32Array(count);
  const bits = new Uint32Array(values.buffer);
  const source = new DataView(bytes.buffer, bytes.byteOffset + byteOffset, count * 2);
  for (let i = 0; i < count; i++) bits[i] = source.getUint16(2 * i, true) << 16;
  return values;
}

/**
 * float32 narrowed to binary16, rounding to the nearest half (ties to even), as the writer of a
 * 16-bit weights file needs: magnitudes past 65504 become ±Infinity, below 2^−24 ±0, NaN stays NaN.
 * Written little-endian into `bytes` at `byteOffset`.
 */
export function encodeFloat16(values: Float32Array, bytes: Uint8Array, byteOffset: number): void {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
  const target = new DataView(bytes.buffer, bytes.byteOffset + byteOffset, values.length * 2);
  for (let i = 0; i < values.length; i++) {
    const x = bits[i];
    const sign = (x >>> 16) & 0x8000;
    const exponent = (x >>> 23) & 0xff;
    const mantissa = x & 0x7fffff;
    let half: number;
    if (exponent === 0xff) {
      half = sign | 0x7c00 | (mantissa ? 0x200 : 0);
    } else {
      const e = exponent - 112; // the half's biased exponent
      if (e >= 0x1f) {
        half = sign | 0x7c00;
      } else if (e <= 0) {
        // A subnormal half (or zero): m · 2^−24 of the value, rounded to nearest, ties to even.
        const shift = 14 - e;
        if (shift > 24) {
          half = sign;
        } else {
          const full = mantissa | 0x800000;
          const kept = full >>> shift;
          const rest = full & ((1 << shift) - 1);
          const halfway = 1 << (shift - 1);
          half = sign | (kept + (rest > halfway || (rest === halfway && kept & 1) ? 1 : 0));
        }
      } else {
        const kept = (e << 10) | (mantissa >>> 13);
        const rest = mantissa & 0x1fff;
        // Rounding up may carry into the exponent, and past the largest half into Infinity.
        half = sign | (kept + (rest > 0x1000 || (rest === 0x1000 && kept & 1) ? 1 : 0));
      }
    }
    target.setUint16(2 * i, half, true);
  }
}

/** Every parameter rounded, in place, to the nearest float16: the model as a 16-bit file holds it. */
export function roundToFloat16(params: Map<string, { data: Float32Array }>): void {
  for (const { data } of params.values()) {
    const bytes = new Uint8Array(data.length * 2);
    encodeFloat16(data, bytes, 0);
    data.set(decodeFloat16(bytes, 0, data.length));
  }
}
