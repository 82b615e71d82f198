import { useLayoutEffect } from 'react';
import { useStore } from '../../store';
import { startLinkSync } from './linkSync';
import type { LinkTargets } from './openLink';

/**
 * Opens the link in the address before the page is first painted, and keeps the address in step
 * with the state for as long as the page is mounted.
 */
export function useLinkSync(targets: LinkTargets): void {
  useLayoutEffect(() => startLinkSync(useStore, targets).stop, [targets]);
}
