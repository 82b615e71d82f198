/**
 * The "Export" button of a figure and its two choices, SVG and PNG. A disclosure: Tab, Enter and
 * Space work as everywhere, the arrow keys move between the choices, Escape closes it. What
 * happened is said in a status line (read out by screen readers).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './figure.css';

export type ExportFormat = 'svg' | 'png';

export interface ExportMenuProps {
  /** The file name without its extension. */
  name: string;
  onExport(format: ExportFormat): Promise<void>;
}

const CHOICES: { format: ExportFormat; label: string; detail: string }[] = [
  { format: 'svg', label: 'SVG', detail: 'vector, with its numbers' },
  { format: 'png', label: 'PNG', detail: 'image at 2× size' },
];

export function ExportMenu({ name, onExport }: ExportMenuProps) {
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
    setStatus(`Preparing ${file}…`);
    try {
      await onExport(format);
      setStatus(`Saved ${file}`);
    } catch (error) {
      setStatus(`Could not export ${file}: ${error instanceof Error ? error.message : error}`);
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
        aria-label={`Export figure ${name}`}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        Export
      </button>
      {open && (
        <div id={choicesId} className="fig-export-choices" role="group" aria-label="Export as">
          {CHOICES.map(({ format, label, detail }) => (
            <button key={format} type="button" onClick={() => void choose(format)}>
              {label} <span className="fig-export-detail">({detail})</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
