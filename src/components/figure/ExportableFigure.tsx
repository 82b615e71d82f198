/**
 * The wrapper that makes a figure exportable: an "Export" menu above it, and the figure itself,
 * saved on demand as an SVG (its drawing, numbers and caption) or a PNG at twice its size.
 *
 *   <ExportableFigure name={figureFileName('attention', `layer ${l + 1}`, `head ${h + 1}`, word)}>
 *     <TokenView … />
 *   </ExportableFigure>
 */
import { useRef, type ReactNode } from 'react';
import { useText, type Catalogue } from '../../i18n';
import { en } from '../../i18n/en';
import { ownCaption } from './caption';
import { download } from './download';
import { ExportMenu, type ExportFormat } from './ExportMenu';
import { figureToSvg } from './figureSvg';
import { svgToPng } from './rasterize';
import { ScrollHint } from './SideScroller';
import { useWide } from './useWide';
import './figure.css';

export interface ExportableFigureProps {
  /**
   * The file name without its extension, from figureFileName(): "attention-layer1-head3-it". A
   * name made of the catalogue's words is given as a function of the catalogue: the file is named
   * in the page's language, and the figure keeps its English name (`data-figure`), by which
   * Present mode finds it whatever the language.
   */
  name: string | ((words: Catalogue) => string);
  /** Written under the exported figure; by default the figure's own caption or text alternative. */
  caption?: string;
  children: ReactNode;
}

export function ExportableFigure({ name: naming, caption, children }: ExportableFigureProps) {
  const words = useText();
  const name = typeof naming === 'string' ? naming : naming(words);
  const figure = typeof naming === 'string' ? naming : naming(en);
  const content = useRef<HTMLDivElement>(null);
  // A figure wider than the column (on a phone) scrolls sideways in its own frame, never the page.
  const wide = useWide(content);
  const exportAs = async (format: ExportFormat) => {
    const root = content.current;
    if (!root) throw new Error('the figure is not on the page');
    const own = caption === undefined ? ownCaption(root) : null;
    const drawn = figureToSvg(root, {
      title: caption ?? own?.text ?? name,
      // A caption the figure shows already is not written twice.
      caption: caption ?? (own?.shown ? undefined : own?.text),
    });
    const file =
      format === 'svg'
        ? new Blob([drawn.svg], { type: 'image/svg+xml' })
        : await svgToPng(drawn.svg, drawn.width, drawn.height);
    download(file, `${name}.${format}`);
  };
  return (
    <div className="fig-export" data-export-figure={name} data-figure={figure}>
      <ExportMenu name={name} onExport={exportAs} />
      {wide && <ScrollHint />}
      <div
        ref={content}
        className={wide ? 'fig-export-content fig-export-wide' : 'fig-export-content'}
        tabIndex={wide ? 0 : undefined}
        role={wide ? 'region' : undefined}
        aria-label={wide ? `${caption ?? name}, scrolls sideways` : undefined}
      >
        {children}
      </div>
    </div>
  );
}
