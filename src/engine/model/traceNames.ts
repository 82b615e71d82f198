/**
 * Every trace name, typed: a name the trace does not hold fails to compile. Build names with
 * `traceName` (traceName.enc(0).self('weights') is "enc.0.self.weights") or write them out where
 * the type checks them; text from outside (a link, a message) becomes a name through
 * `parseTraceName`. Layers count from 0 here, as the engine's tensor names do.
 */

/** The input side of a pass: the source for the encoder, the target for the decoder. */
export type Side = 'src' | 'tgt';
export type InputPart = 'tokens' | 'embed' | 'pe' | 'input';
export type AttentionPart =
  'q' | 'k' | 'v' | 'scores' | 'scaled' | 'weights' | 'z' | 'concat' | 'out';
export type FeedForwardPart = 'hidden' | 'out';
export type ResidualPart = 'add1' | 'norm1' | 'add2' | 'norm2' | 'add3' | 'norm3';
export type OutputPart = 'logits' | 'probs';

/** One layer of the stack: `enc.{l}` or `dec.{l}`. */
export type LayerName = `enc.${number}` | `dec.${number}`;
/** One attention sublayer: the encoder's self-attention, the decoder's self- or cross-attention. */
export type AttentionName = `enc.${number}.self` | `dec.${number}.self` | `dec.${number}.cross`;

export type TraceName =
  | `${Side}.${InputPart}`
  | `${AttentionName}.${AttentionPart}`
  | `${LayerName}.ffn.${FeedForwardPart}`
  | `${LayerName}.${ResidualPart}`
  | `out.${OutputPart}`
  /** A decoding step's next-word probabilities, streamed as that step's stage. */
  | `decode.${number}.probs`;

/** The names of one attention sublayer's tensors. */
function attention(name: AttentionName) {
  return (part: AttentionPart): TraceName => `${name}.${part}`;
}

/** The names of one layer's tensors. */
function layer(name: LayerName) {
  return {
    ffn: (part: FeedForwardPart): TraceName => `${name}.ffn.${part}`,
    residual: (part: ResidualPart): TraceName => `${name}.${part}`,
  };
}

export const traceName = {
  input: (side: Side, part: InputPart): TraceName => `${side}.${part}`,
  enc: (l: number) => ({ ...layer(`enc.${l}`), self: attention(`enc.${l}.self`) }),
  dec: (l: number) => ({
    ...layer(`dec.${l}`),
    self: attention(`dec.${l}.self`),
    cross: attention(`dec.${l}.cross`),
  }),
  out: (part: OutputPart): TraceName => `out.${part}`,
};

const TRACE_NAME =
  /^(?:(?:src|tgt)\.(?:tokens|embed|pe|input)|(?:enc\.\d+\.self|dec\.\d+\.(?:self|cross))\.(?:q|k|v|scores|scaled|weights|z|concat|out)|(?:enc|dec)\.\d+\.(?:ffn\.(?:hidden|out)|add[123]|norm[123])|out\.(?:logits|probs)|decode\.\d+\.probs)$/;

/** `text` as a trace name, or null when the trace holds no tensor of that name. */
export function parseTraceName(text: string): TraceName | null {
  return TRACE_NAME.test(text) ? (text as TraceName) : null;
}
