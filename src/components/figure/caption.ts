/** The caption written under an exported figure, wrapped to the figure's width. */

/** Words of `text` in lines no wider than `width`, as measured by `measure`. */
export function wrapLines(
  text: string,
  width: number,
  measure: (line: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer) > width) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface OwnCaption {
  text: string;
  /** Whether the figure already shows it (a figcaption), or only says it to screen readers. */
  shown: boolean;
}

/**
 * What a figure says about itself, when no caption is given: its own caption (a figcaption or a
 * matrix's caption), else its text alternative, else nothing.
 */
export function ownCaption(root: Element): OwnCaption | null {
  const caption = root.querySelector('figcaption, .cmp-caption');
  const labelled = root.querySelector('[aria-label]');
  const shown = tidy(caption?.textContent);
  if (shown) return { text: shown, shown: true };
  const said = tidy(labelled?.getAttribute('aria-label'));
  return said ? { text: said, shown: false } : null;
}

function tidy(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
