/** A TeX formula typeset by KaTeX; a malformed formula shows its source in red instead of throwing. */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import './components.css';

export interface FormulaProps {
  tex: string;
  /** Display mode: centred on its own line, larger operators. Inline otherwise. */
  display?: boolean;
}

/**
 * Typeset formulas by display mode and TeX: most are the same on every run, and KaTeX takes far
 * longer to typeset one than the page takes to look it up.
 */
const typeset = new Map<string, string>();
/** Formulas with a run's numbers in them come and go: the oldest are forgotten past this many. */
const MOST_KEPT = 1000;

function typesetHtml(tex: string, display: boolean): string {
  const key = `${display ? 'display' : 'inline'} ${tex}`;
  let html = typeset.get(key);
  if (html === undefined) {
    html = katex.renderToString(tex, { throwOnError: false, displayMode: display });
    if (typeset.size >= MOST_KEPT) typeset.delete(typeset.keys().next().value ?? key);
    typeset.set(key, html);
  }
  return html;
}

export function Formula({ tex, display = false }: FormulaProps) {
  const html = typesetHtml(tex, display);
  return (
    <span
      className={display ? 'cmp-formula cmp-formula-display' : 'cmp-formula'}
      // KaTeX escapes the TeX it is given; the HTML is its own output, never the reader's text.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
