import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useText } from '../../i18n';
import { useStore } from '../../store';
import type { HideableControl, LockableControl } from '../../store/linkSlice';
import './url.css';

/** A control as the link wants it: shown, shown but fixed, or not shown at all. */
export function LinkedControl({ name, children }: { name: HideableControl; children: ReactNode }) {
  const hidden = useStore((s) => s.hiddenControls.includes(name));
  const locked = useStore((s) => s.lockedControls.some((c) => c === name));
  const text = useText().app;
  if (hidden) return null;
  if (!locked) return children;
  return (
    <fieldset className="link-locked" disabled data-locked={name} title={text.fixedByTheLink}>
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
  const text = useText().app;
  if (hidden.length === 0 && locked.length === 0) return null;
  const named = (controls: readonly HideableControl[]) => controls.map((c) => text.controlNames[c]);
  return (
    <div className="notice link-controls" role="note" data-testid="hidden-controls">
      <p>{text.linkControls(named(hidden), named(locked))}</p>
      <button type="button" className="quiet" onClick={showAll}>
        {text.showAllControls}
      </button>
    </div>
  );
}
