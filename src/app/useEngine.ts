import { useEffect, useRef } from 'react';
import { connectEngine, type EngineConnection } from './engineConnection';

/** The models folder next to the page, wherever the app is served from. */
export function modelsUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}models/`, window.location.href).href;
}

/**
 * Connects the store to an engine worker for as long as the page is mounted; returns a function
 * that runs the sentence in the box again.
 */
export function useEngine(): () => void {
  const connection = useRef<EngineConnection | null>(null);
  useEffect(() => {
    const connected = connectEngine({ modelsUrl: modelsUrl() });
    connection.current = connected;
    return () => {
      connected.disconnect();
      connection.current = null;
    };
  }, []);
  return () => connection.current?.rerun();
}
