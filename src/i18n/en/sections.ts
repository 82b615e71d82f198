/** The sections' titles in English, by section id: the post's own titles, or ours where it has none. */
export const sections = {
  'high-level-look': 'A High-Level Look',
  tensors: 'Bringing The Tensors Into The Picture',
  encoding: 'Now We’re Encoding!',
  'self-attention-high-level': 'Self-Attention at a High Level',
  'self-attention-in-detail': 'Self-Attention in Detail',
  'matrix-calculation': 'Matrix Calculation of Self-Attention',
  'many-heads': 'The Beast With Many Heads',
  'many-heads-lines': 'The Beast With Many Heads: where each head looks',
  'attention-maps': 'Attention maps of every layer and head',
  'which-words-decided': 'Which words decided this word?',
  'positional-encoding': 'Representing The Order of The Sequence Using Positional Encoding',
  residuals: 'The Residuals',
  'decoder-side': 'The Decoder Side',
  'final-linear-softmax': 'The Final Linear and Softmax Layer',
  'recap-of-training': 'Recap Of Training',
  'loss-function': 'The Loss Function',
  'greedy-vs-beam': 'Greedy Decoding and Beam Search',
  'training-lab': 'Training lab: train a Transformer in your browser',
};

/** A section of the page, by the id its anchor and links use. */
export type SectionId = keyof typeof sections;
