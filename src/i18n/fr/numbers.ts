/** Numbers as French writes them, for every part of the French catalogue. */
import { formatValue } from '../../components/format';

/** A decimal already written with a point, as French writes it: a comma (0.412 → 0,412). */
export const comma = (written: string) => written.replace('.', ',');

/** A value of the model as the page writes it (three significant digits), with a decimal comma. */
export const number = (value: number) => comma(formatValue(value));

/** A whole number with its thousands grouped as French does, by a narrow space: 12 400. */
export const count = (n: number) => Math.round(n).toLocaleString('fr-FR');
