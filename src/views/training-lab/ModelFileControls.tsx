/**
 * What can be done with the lab's model: open it in every view of the page (it becomes the
 * current model), save it as a safetensors file, or load such a file instead.
 */
import { useRef, useState, type ChangeEvent } from 'react';
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
          Open in every view
        </button>
        <button type="button" disabled={!props.hasModel} onClick={() => void save()}>
          Save as a file
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Load a model file…
        </button>
        <input
          ref={fileInput}
          className="lab-visually-hidden"
          type="file"
          accept=".safetensors"
          aria-label="Model file to load"
          tabIndex={-1}
          onChange={(event) => void load(event)}
        />
      </div>
      {props.openedLabel && (
        <p className="lab-note" data-testid="lab-opened">
          The page now runs “{props.openedLabel}”: the sentence box at the top and every figure
          above use it. Pick another model at the top to go back.
        </p>
      )}
      {saved && <p className="lab-note">Saved as {saved}.</p>}
      {props.error && (
        <p className="lab-problem" role="alert">
          {props.error}
        </p>
      )}
      <p className="lab-note">
        A saved file holds the weights as safetensors (they open in PyTorch under the same names),
        with the configuration, the words and the lab&apos;s settings in its metadata. Loading one
        checks every part of it against the task it names.
      </p>
    </div>
  );
}
