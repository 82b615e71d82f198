/**
 * What can be done with the lab's model: open it in every view of the page (it becomes the
 * current model), save it as a safetensors file, or load such a file instead.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { useText } from '../../i18n';
import './training-lab.css';

export interface ModelFileControlsProps {
  /** Whether there is a model to open or save. */
  hasModel: boolean;
  onOpenInApp: () => Promise<void>;
  onSave: () => Promise<{ bytes: Uint8Array; fileName: string } | null>;
  onLoad: (bytes: Uint8Array, fileName: string) => void;
  /** Why the last request failed, if it did. */
  error: string | null;
  /** The label of the page's current model, when it is one trained here. */
  openedLabel: string | null;
}

/** Hands the bytes to the browser as a file download. */
function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes.slice().buffer], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ModelFileControls(props: ModelFileControlsProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const text = useText().trainingLab;
  const save = async () => {
    const file = await props.onSave();
    if (!file) return;
    download(file.bytes, file.fileName);
    setSaved(file.fileName);
  };
  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) props.onLoad(new Uint8Array(await file.arrayBuffer()), file.name);
  };
  return (
    <div className="lab-model-file">
      <div className="lab-buttons">
        <button type="button" disabled={!props.hasModel} onClick={() => void props.onOpenInApp()}>
          {text.openInApp}
        </button>
        <button type="button" disabled={!props.hasModel} onClick={() => void save()}>
          {text.save}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {text.load}
        </button>
        <input
          ref={fileInput}
          className="lab-visually-hidden"
          type="file"
          accept=".safetensors"
          aria-label={text.fileToLoad}
          tabIndex={-1}
          onChange={(event) => void load(event)}
        />
      </div>
      {props.openedLabel && (
        <p className="lab-note" data-testid="lab-opened">
          {text.opened(props.openedLabel)}
        </p>
      )}
      {saved && <p className="lab-note">{text.saved(saved)}</p>}
      {props.error && (
        <p className="lab-problem" role="alert">
          {props.error}
        </p>
      )}
      <p className="lab-note">{text.fileNote}</p>
    </div>
  );
}
