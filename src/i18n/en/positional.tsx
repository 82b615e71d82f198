/** English text of Positional Encoding. */
export const positional = {
  waiting: 'Waiting for the model’s first run…',
  intro:
    'Attention treats its inputs as a set: shuffle the words and every word would attend in the same way. To let the model know where each word stands, a vector that depends only on the position is added to each embedding before the first encoder.',
  toyIntro:
    'These position vectors are not learned: they are sines and cosines of the position at a range of frequencies. Here is the smallest case, four dimensions, for the first three positions.',
  heatmapIntro:
    'Drawn for many positions, the pattern becomes visible. Because each value is a smooth function of the position, the same recipe gives an encoding for any position, even one longer than every sentence seen in training.',
  heatmapCaption:
    'Positional encodings: one row per position, one column per dimension, in both layouts (sines then cosines, or alternating).',
};
