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
