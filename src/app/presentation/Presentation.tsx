/**
 * The presentation: one figure section a screen, in the post's order, large enough for a class.
 * Keys move between steps (see steps.ts); the sentence stays at the top; the step is in the
 * link, so a teacher can hand out the page open at any step.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../store';
import type { Section } from '../../views/sections';
import { SectionBoundary } from '../SectionBoundary';
import { RunMessage } from '../RunMessage';
import { CopyLinkButton } from '../url/CopyLinkButton';
import { LinkNotices } from '../url/LinkNotices';
import { LinkSelection } from '../url/LinkSelection';
import { canGoFullscreen, enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen';
import { PresentSentence } from './PresentSentence';
import { stepIndex } from './steps';
import { usePresentationKeys } from './usePresentationKeys';
import './presentation.css';

export function Presentation({ sections }: { sections: readonly Section[] }) {
  const section = useStore((s) => s.section);
  const setSection = useStore((s) => s.setSection);
  const showPage = useStore((s) => s.showPage);
  const runId = useStore((s) => s.lastGood?.id);
  const root = useRef<HTMLElement>(null);
  const [fullscreen, setFullscreen] = useState(isFullscreen);

  const ids = sections.map((s) => s.id);
  const index = stepIndex(ids, section);
  const count = sections.length;
  const step = sections[index];
  const goTo = (k: number) => setSection(ids[Math.min(Math.max(k, 0), count - 1)]);
  const leave = () => {
    exitFullscreen();
    showPage();
  };
  usePresentationKeys({ step: index, count, goTo, leave });

  // The link shows the step on screen, even when it named none.
  useEffect(() => {
    if (section !== ids[index]) setSection(ids[index]);
  });

  // Leaving full screen (Esc, in most browsers) leaves the presentation.
  useEffect(() => {
    const onChange = () => {
      const now = isFullscreen();
      setFullscreen(now);
      if (!now) useStore.getState().showPage();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // Each step starts at its top, with the keys working at once.
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    element.scrollTop = 0;
    if (!element.contains(document.activeElement)) element.focus();
  }, [index]);

  const titleId = `${step.id}-title`;
  return (
    <main className="present" ref={root} tabIndex={-1} aria-label="Presentation">
      <header className="present-bar">
        <PresentSentence />
        <div className="present-where">
          <span className="present-count" data-testid="present-step" aria-live="polite">
            Step {index + 1} of {count}
          </span>
          <label>
            <span className="present-visually-hidden">Go to step</span>
            <select value={index} onChange={(event) => goTo(Number(event.target.value))}>
              {sections.map((s, k) => (
                <option key={s.id} value={k}>
                  {k + 1}. {s.title}
                </option>
              ))}
            </select>
          </label>
          <CopyLinkButton />
          {!fullscreen && canGoFullscreen() && (
            <button type="button" className="quiet" onClick={enterFullscreen}>
              Full screen
            </button>
          )}
          <button type="button" className="quiet" onClick={leave}>
            Leave (Esc)
          </button>
        </div>
        <div
          className="present-progress"
          role="progressbar"
          aria-label="Progress through the steps"
          aria-valuemin={1}
          aria-valuemax={count}
          aria-valuenow={index + 1}
        >
          <div
            className="present-progress-done"
            style={{ width: `${((index + 1) / count) * 100}%` }}
          />
        </div>
      </header>
      <LinkNotices />
      <RunMessage />
      <section id={step.id} className="present-step" aria-labelledby={titleId}>
        <h2 id={titleId}>{step.title}</h2>
        <SectionBoundary key={step.id} title={step.title} runId={runId}>
          <step.Component />
        </SectionBoundary>
      </section>
      <nav className="present-nav" aria-label="Steps">
        <button type="button" disabled={index === 0} onClick={() => goTo(index - 1)}>
          ← Previous
        </button>
        <span className="present-keys">
          ← → or Space to move · Home, End · 1–{count} to jump · Esc to leave
        </span>
        <button type="button" disabled={index === count - 1} onClick={() => goTo(index + 1)}>
          Next →
        </button>
      </nav>
      <LinkSelection />
    </main>
  );
}
