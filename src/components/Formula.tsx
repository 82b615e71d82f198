/** A TeX formula typeset by KaTeX; a malformed formula shows its source in red instead of throwing. */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import './components.css';

export interface FormulaProps {
  tex: string;
  /** Display mode: centred on its own line, larger operators. Inline otherwise. */
  display?: boolean;
}

export function Formula({ tex, display = false }: FormulaProps) {
  const html = katex.renderToString(tex, { throwOnError: false, displayMode: display });
  return (
    <span
      className={display ? 'cmp-formula cmp-formula-display' : 'cmp-formula'}
      // KaTeX escapes the TeX it is given; the HTML is its own output, never the reader's text.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
