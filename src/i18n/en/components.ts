/** English text of shared figure parts: export menu, tables, legends, tooltips. */
import { formatValue } from '../../components/format';

/** A word or sentence of the reader's, set off as English quotes it. */
export const quoted = (text: string) => `“${text}”`;

export const components = {
  quoted,
  /** A value of the model as the page writes it: three significant digits. */
  number: (value: number): string => formatValue(value),
};
