/**
 * Full screen where the browser allows it. It must be asked for while handling the reader's click
 * or key; when it is refused (or the presentation was opened from a link), the presentation
 * fills the window instead.
 */

export function isFullscreen(): boolean {
  return document.fullscreenElement !== null && document.fullscreenElement !== undefined;
}

export function canGoFullscreen(): boolean {
  return (
    typeof document.documentElement.requestFullscreen === 'function' && document.fullscreenEnabled
  );
}

/** Asks for full screen; a refusal is not an error, the presentation fills the window. */
export function enterFullscreen(): void {
  if (!canGoFullscreen() || isFullscreen()) return;
  document.documentElement.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (isFullscreen()) document.exitFullscreen().catch(() => undefined);
}
