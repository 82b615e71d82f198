/** English text of the view comparing two sentences side by side. */
import { formatValue } from '../../components/format';

export const compare = {
  open: 'Compare two sentences',
  title: 'Compare two sentences',
  back: 'Back to the page',
  intro:
    'The post asks what “it” stands for in “the animal didn’t cross the street because it was too tired”, then changes one word: with “wide”, “it” is the street. Here both sentences go through the same model, and both figures show the same layer, head and word: change one on either side and both follow. Whatever differs between the two figures comes from the sentences alone.',
  secondSentence: 'Second sentence',
  figure: 'Figure',
  firstSide: 'Sentence 1 (the sentence box)',
  secondSide: 'Sentence 2',
  firstWaiting: 'The first sentence is on its way…',
  secondWaiting: 'The second sentence is on its way through the model…',
  /** The second sentence failed; its last translation is still shown. */
  secondFailed: (message: string) =>
    `The second sentence as typed could not be translated (${message}); its last translation stays.`,
  unknownWords: (words: readonly string[]) =>
    `Read as <unk>, unknown to the model: ${words.map((word) => `“${word}”`).join(', ')}`,

  // The figures both sides can draw
  figures: {
    'token-view': 'Self-attention: where the chosen word looks',
    alignment: 'Encoder-decoder attention as an alignment',
  },
  wholeSection: (title: string) => `The whole section: ${title}`,
  missing: 'This run holds nothing for this figure.',

  // The weights side by side
  /** `moved` in [0, 1]: the share of the word's attention that moved. */
  mostChanged: (query: string, layer: number, head: number, moved: number) =>
    `Of every encoder layer and head, the attention of “${query}” changes most between the two sentences in layer ${layer}, head ${head}: ${Math.round(moved * 100)}% of its weight shifts from some words to others.`,
  shownAbove: '(Shown above.)',
  showHead: (layer: number, head: number) => `Show layer ${layer}, head ${head}`,
  tableCaption: (first: string, second: string, layer: number, head: number) =>
    `Attention from “${first}” / “${second}”, encoder layer ${layer}, head ${head}, in both sentences`,
  position: 'Position',
  firstWord: 'Word, sentence 1',
  secondWord: 'Word, sentence 2',
  weight: 'Weight',
  change: 'Change',
  largestChange: (
    secondWord: string,
    position: number,
    secondWeight: number,
    firstWeight: number,
    firstWord: string,
  ) =>
    `The largest change: “${secondWord}” at position ${position} gets ${formatValue(secondWeight)} in sentence 2 against ${formatValue(firstWeight)} for “${firstWord}” in sentence 1.`,
};
