import { existsSync } from 'node:fs';

/** Where the system's Chromium is: $CHROMIUM_PATH, or the usual Debian locations; null if none. */
export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}
