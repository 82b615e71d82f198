/**
 * A TeX formula typeset by KaTeX as MathML, which the browser lays out itself: no inline style
 * anywhere, so the page runs under a Content-Security-Policy that refuses inline styles. A
 * malformed formula shows its source, marked as an error, instead of throwing.
 *
 * KaTeX is about a quarter of the page's script, and only formulas need it: it is fetched once,
 * after the first formula asks for it, so the page's first paint does not wait for it. Until it
 * arrives a formula holds its place, empty; if it cannot be fetched, the formula shows its source.
 */
import { useSyncExternalStore } from 'react';
import type KatexModule from 'katex';
import { useText } from '../i18n';
import './components.css';

type Katex = typeof KatexModule;

let katex: Katex | null = null;
let unavailable = false;
let loading: Promise<void> | null = null;
const waiting = new Set<() => void>();

/** Fetches KaTeX once; resolves when formulas can be typeset (or never will be). */
export function loadTypesetter(): Promise<void> {
  // Every formula waiting is woken once, when the one fetch settles.
  loading ??= import('katex')
    .then(
      ({ default: loaded }) => {
        katex = loaded;
      },
      () => {
        unavailable = true;
      },
    )
    .then(() => {
      for (const wake of waiting) wake();
    });
  return loading;
}

function subscribe(wake: () => void): () => void {
  waiting.add(wake);
  void loadTypesetter();
  return () => waiting.delete(wake);
}

/** 'ready' once KaTeX has arrived, 'unavailable' if it could not be fetched. */
function typesetterState(): 'loading' | 'ready' | 'unavailable' {
  if (katex) return 'ready';
  return unavailable ? 'unavailable' : 'loading';
}

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

function typesetMathml(typesetter: Katex, tex: string, display: boolean): string | null {
  const key = `${display ? 'display' : 'inline'} ${tex}`;
  let html = typeset.get(key);
  if (html === undefined) {
    try {
      html = typesetter.renderToString(tex, {
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
  const state = useSyncExternalStore(subscribe, typesetterState, typesetterState);
  const text = useText().components;
  const className = display ? 'cmp-formula cmp-formula-display' : 'cmp-formula';
  if (state === 'loading') {
    return <span className={`${className} cmp-formula-pending`} aria-busy="true" />;
  }
  if (!katex) {
    return (
      <code className={className} title={text.formulaUnloaded}>
        {tex}
      </code>
    );
  }
  const html = typesetMathml(katex, tex, display);
  if (html === null) {
    return (
      <code className={`${className} cmp-formula-error`} title={text.formulaFailed}>
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
