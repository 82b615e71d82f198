/**
 * A TeX formula typeset by KaTeX as MathML, which the browser lays out itself: no inline style
 * anywhere, so the page runs under a Content-Security-Policy that refuses inline styles. A
 * malformed formula shows its source, marked as an error, instead of throwing.
 */
import katex from 'katex';
import './components.css';

export interface FormulaProps {
  tex: string;
  /** Display mode: centred on its own line, larger operators. Inline otherwise. */
  display?: boolean;
}

/**
 * Typeset formulas by display mode and TeX: most are the same on every run, and KaTeX takes far
 * longer to typeset one than the page takes to look it up. A formula KaTeX cannot read is kept
 * as null.
 */
const typeset = new Map<string, string | null>();
/** Formulas with a run's numbers in them come and go: the oldest are forgotten past this many. */
const MOST_KEPT = 1000;

function typesetMathml(tex: string, display: boolean): string | null {
  const key = `${display ? 'display' : 'inline'} ${tex}`;
  let html = typeset.get(key);
  if (html === undefined) {
    try {
      html = katex.renderToString(tex, {
        output: 'mathml',
        throwOnError: true,
        displayMode: display,
      });
    } catch {
      html = null;
    }
    if (typeset.size >= MOST_KEPT) typeset.delete(typeset.keys().next().value ?? key);
    typeset.set(key, html);
  }
  return html;
}

export function Formula({ tex, display = false }: FormulaProps) {
  const html = typesetMathml(tex, display);
  const className = display ? 'cmp-formula cmp-formula-display' : 'cmp-formula';
  if (html === null) {
    return (
      <code className={`${className} cmp-formula-error`} title="This formula could not be typeset">
        {tex}
      </code>
    );
  }
  return (
    <span
      className={className}
      // KaTeX escapes the TeX it is given; the MathML is its own output, never the reader's text.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
