/** English text of shared figure parts: export menu, tables, legends, tooltips. */
import { formatValue } from '../../components/format';

/** A word or sentence of the reader's, set off as English quotes it. */
export const quoted = (text: string) => `“${text}”`;

export const components = {
  quoted,
  /** A value of the model as the page writes it: three significant digits. */
  number: (value: number): string => formatValue(value),
  /** A number already written with a decimal point, as the language writes it. */
  decimal: (written: string): string => written,
  /** A value with exactly `digits` decimals. */
  fixed: (value: number, digits: number): string => value.toFixed(digits),
  /** A figure's place before the model has run once. */
  waiting: 'Waiting for the model’s first run…',
  /** A vector the run on screen has not reached. */
  notComputedYet: 'not computed yet',
  /** What a colour legend's colour means, when it is the value of each number. */
  valueLegend: 'value of each number',
  /** A cell the causal mask hides, read out instead of its value. */
  masked: 'masked',

  // A figure's export menu
  export: 'Export',
  /** The export button's name; `name` is the file name without its extension. */
  exportFigure: (name: string) => `Export figure ${name}`,
  exportAs: 'Export as',
  exportDetails: { svg: 'vector, with its numbers', png: 'image at 2× size' },
  preparing: (file: string) => `Preparing ${file}…`,
  saved: (file: string) => `Saved ${file}`,
  exportFailed: (file: string, reason: string) => `Could not export ${file}: ${reason}`,

  // Boxes wider than the screen
  scrollsSideways: (label: string) => `${label}, scrolls sideways`,
  scrollHint: 'Wider than the screen: scroll sideways inside the frame to see all of it →',

  // Numbers written out
  showNumbers: 'Show the numbers',
  /** A table's toggle when open, from its text when closed ("Show the numbers of W^Q"). */
  hide: (label: string) => label.replace(/^Show/, 'Hide'),
  colourLegend: (caption: string, min: string, max: string) =>
    `Colour legend: ${caption}, from ${min} to ${max}`,
  vectorSummary: (name: string, length: number, min: string, max: string) =>
    `${name}: a vector of ${length} numbers, from ${min} to ${max}`,
  closeUpCaption: (title: string, first: number, last: number, length: number) =>
    `${title}: numbers ${first} to ${last} of ${length} (counted from 0, as in the tensor)`,
  earlierNumbers: 'Earlier numbers',
  laterNumbers: 'Later numbers',

  // Grids of numbers
  matrix: 'Matrix',
  heatmap: 'Heatmap',
  matrixLabel: (caption: string, rows: number, cols: number) =>
    `${caption}: ${rows} rows by ${cols} columns. Use the arrow keys to read values.`,
  heatmapLabel: (caption: string, rows: number, rowTokens: string, cols: number) =>
    `${caption}: ${rows} query tokens (${rowTokens}) by ${cols} key tokens. Use the arrow keys to read values.`,
  rowName: (row: number) => `row ${row}`,
  columnName: (col: number) => `column ${col}`,
  /** A cell as a tooltip reads it: its row's and column's names, then its value. */
  cell: (row: string, col: string, value: string) => `${row}, ${col}: ${value}`,
  /** A cell of attention, from the word asking to the word looked at. */
  tokenCell: (from: string, to: string, value: string) =>
    `${quoted(from)} → ${quoted(to)}: ${value}`,

  // Formulas
  formulaUnloaded: 'The formula typesetter could not be loaded',
  formulaFailed: 'This formula could not be typeset',
};
