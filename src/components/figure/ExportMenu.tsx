/**
 * The "Export" button of a figure and its two choices, SVG and PNG. A disclosure: Tab, Enter and
 * Space work as everywhere, the arrow keys move between the choices, Escape closes it. What
 * happened is said in a status line (read out by screen readers).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useText } from '../../i18n';
import './figure.css';

export type ExportFormat = 'svg' | 'png';

export interface ExportMenuProps {
  /** The file name without its extension. */
  name: string;
  onExport(format: ExportFormat): Promise<void>;
}

const CHOICES: { format: ExportFormat; label: string }[] = [
  { format: 'svg', label: 'SVG' },
  { format: 'png', label: 'PNG' },
];

export function ExportMenu({ name, onExport }: ExportMenuProps) {
  const text = useText().components;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const choicesId = useId();
  const menu = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('.fig-export-choices button')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !menu.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const buttons = Array.from(
      menu.current?.querySelectorAll<HTMLButtonElement>('.fig-export-choices button') ?? [],
    );
    const at = buttons.findIndex((button) => button === document.activeElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
  };
  const choose = async (format: ExportFormat) => {
    close();
    const file = `${name}.${format}`;
    setStatus(text.preparing(file));
    try {
      await onExport(format);
      setStatus(text.saved(file));
    } catch (error) {
      setStatus(text.exportFailed(file, error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <div className="fig-export-menu" data-export="skip" ref={menu} onKeyDown={onKeyDown}>
      <span className="fig-export-status" role="status">
        {status}
      </span>
      <button
        ref={toggle}
        type="button"
        className="fig-export-toggle"
        aria-expanded={open}
        aria-controls={choicesId}
        aria-label={text.exportFigure(name)}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {text.export}
      </button>
      {open && (
        <div id={choicesId} className="fig-export-choices" role="group" aria-label={text.exportAs}>
          {CHOICES.map(({ format, label }) => (
            <button key={format} type="button" onClick={() => void choose(format)}>
              {label} <span className="fig-export-detail">({text.exportDetails[format]})</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
