import { useEffect, useMemo, useRef } from 'react';
import { connectTrainingLab, type LabActions } from './labConnection';

/**
 * The lab's actions for as long as the section is mounted; the training worker is ended with it.
 * Stable across renders: each action reads the connection of the moment.
 */
export function useTrainingLab(): Omit<LabActions, 'disconnect'> {
  const connection = useRef<LabActions | null>(null);
  useEffect(() => {
    const connected = connectTrainingLab();
    connection.current = connected;
    return () => {
      connected.disconnect();
      connection.current = null;
    };
  }, []);
  return useMemo(() => {
    const current = () => connection.current;
    return {
      start: () => current()?.start(),
      pause: () => current()?.pause(),
      resume: () => current()?.resume(),
      stop: () => current()?.stop(),
      reset: () => current()?.reset(),
      openInApp: async () => current()?.openInApp(),
      saveFile: async () => (await current()?.saveFile()) ?? null,
      loadFile: (bytes: Uint8Array, fileName: string) => current()?.loadFile(bytes, fileName),
    };
  }, []);
}
