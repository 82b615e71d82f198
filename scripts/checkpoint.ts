/**
 * Checkpoints of a training run, so that an interrupted `npm run train` continues where it
 * stopped: the parameters, Adam's moments and step, in a folder apart from the shipped files
 * (`.training/<direction>/`). A checkpoint is used only by a run with the same settings, so a
 * resumed run ends with the same numbers as one that was never interrupted.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Params } from '../src/engine';
import type { AdamState } from '../src/engine/train';
import { readSafetensors, writeSafetensors } from '../src/engine/io/safetensors';
import { tensor } from '../src/engine/tensor';

interface CheckpointFile {
  settings: string;
  step: number;
}

const FILES = {
  about: 'checkpoint.json',
  params: 'params.safetensors',
  m: 'm.safetensors',
  v: 'v.safetensors',
};

function momentsAsTensors(
  moments: Map<string, Float32Array>,
): Map<string, ReturnType<typeof tensor>> {
  return new Map([...moments].map(([name, data]) => [name, tensor([data.length], data)] as const));
}

/** Writes the checkpoint, each file first under a temporary name, so a kill never leaves half a file. */
export function saveCheckpoint(
  folder: string,
  settings: string,
  params: Params,
  adam: AdamState,
): void {
  mkdirSync(folder, { recursive: true });
  const write = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(folder, `${name}.part`), bytes);
    renameSync(join(folder, `${name}.part`), join(folder, name));
  };
  write(FILES.params, writeSafetensors(params));
  write(FILES.m, writeSafetensors(momentsAsTensors(adam.firstMoment)));
  write(FILES.v, writeSafetensors(momentsAsTensors(adam.secondMoment)));
  const about: CheckpointFile = { settings, step: adam.step };
  write(FILES.about, JSON.stringify(about));
}

/**
 * The checkpoint's step after copying its parameters into `params` and returning its Adam state;
 * undefined when there is none, or it was made with other settings.
 */
export function loadCheckpoint(
  folder: string,
  settings: string,
  params: Params,
): AdamState | undefined {
  const aboutPath = join(folder, FILES.about);
  if (!existsSync(aboutPath)) return undefined;
  const about = JSON.parse(readFileSync(aboutPath, 'utf8')) as CheckpointFile;
  if (about.settings !== settings) return undefined;
  const read = (name: string) =>
    readSafetensors(new Uint8Array(readFileSync(join(folder, name))), name).tensors;
  for (const [name, saved] of read(FILES.params)) {
    const target = params.get(name);
    if (!target || target.data.length !== saved.data.length) return undefined;
    target.data.set(saved.data);
  }
  const moments = (name: string) =>
    new Map([...read(name)].map(([key, t]) => [key, Float32Array.from(t.data)] as const));
  return { step: about.step, firstMoment: moments(FILES.m), secondMoment: moments(FILES.v) };
}
