import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import type { HideableControl, LockableControl } from '../../store/linkSlice';
import './url.css';

const CONTROL_NAMES: Record<HideableControl, string> = {
  sentence: 'the sentence box',
  model: 'the model picker',
  decoding: 'the decoding choice',
  present: 'the presentation button',
  compare: 'the comparison of two sentences',
};

/** A control as the link wants it: shown, shown but fixed, or not shown at all. */
export function LinkedControl({ name, children }: { name: HideableControl; children: ReactNode }) {
  const hidden = useStore((s) => s.hiddenControls.includes(name));
  const locked = useStore((s) => s.lockedControls.some((c) => c === name));
  if (hidden) return null;
  if (!locked) return children;
  return (
    <fieldset className="link-locked" disabled data-locked={name} title="Fixed by the link">
      {children}
    </fieldset>
  );
}

/** How a control fares under the link, for controls that draw themselves (the sentence box). */
export function useLinkedControl(name: HideableControl & LockableControl) {
  return useStore((s) =>
    s.hiddenControls.includes(name)
      ? 'hidden'
      : s.lockedControls.includes(name)
        ? 'locked'
        : 'shown',
  );
}

/** Says which controls the link hides or fixes, and offers them back. */
export function HiddenControlsNotice() {
  const { hidden, locked } = useStore(
    useShallow((s) => ({ hidden: s.hiddenControls, locked: s.lockedControls })),
  );
  const showAll = useStore((s) => s.showAllControls);
  if (hidden.length === 0 && locked.length === 0) return null;
  const said = [
    hidden.length > 0 && `hides ${listed(hidden.map((c) => CONTROL_NAMES[c]))}`,
    locked.length > 0 && `fixes ${listed(locked.map((c) => CONTROL_NAMES[c]))}`,
  ].filter(Boolean);
  return (
    <div className="notice link-controls" role="note" data-testid="hidden-controls">
      <p>This link {said.join(' and ')}, to keep the exercise focused.</p>
      <button type="button" className="quiet" onClick={showAll}>
        Show all controls
      </button>
    </div>
  );
}

function listed(names: string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
