/** English text of Tensors and Encoding: embeddings. */
export const vectors = {
  waiting: 'Waiting for the model’s first run…',
  encodingIntro:
    'An encoder layer takes a list of vectors, passes them through self-attention, then through the feed-forward network, and sends the result up to the next layer. Choose a layer: the bottom one starts from the embeddings, and the output r of the top one is what the decoder consults.',
  encodingCaption: (layer: number) =>
    `Encoder layer ${layer}, position by position: each x goes through self-attention to z, then through the same feed-forward network to r.`,
  encodingNext: (layer: number) =>
    `The r vectors of layer ${layer} are the x vectors of layer ${layer + 1}.`,
  encodingTop:
    'This is the top encoder: its r vectors go to every decoder layer’s encoder-decoder attention.',
};
