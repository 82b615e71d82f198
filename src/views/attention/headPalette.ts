/**
 * One colour per attention head, for drawing several heads at once. The Okabe–Ito palette: its
 * colours stay distinct under the common kinds of colour blindness. Yellow, the faintest on
 * paper, comes last, so models with fewer than eight heads never use it.
 */
const OKABE_ITO = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#1d2433', // ink, in place of pure black
  '#F0E442', // yellow
] as const;

/** The colour of head `head` (0-based); beyond eight heads the colours repeat. */
export function headColor(head: number): string {
  return OKABE_ITO[head % OKABE_ITO.length];
}
