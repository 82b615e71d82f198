/**
 * The presentation: one figure a screen, in the post's order, zoomed to fit, with a caption in
 * plain words for a class. Keys move between steps (see steps.ts) and through the steps of a
 * figure that has its own (innerSteps.tsx); the sentence stays at the top; the step's section is
 * in the link, so a teacher can hand out the page open at any section.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../store';
import { sectionTitle, useText } from '../../i18n';
import type { Section } from '../../views/sections';
import { SectionBoundary } from '../SectionBoundary';
import { RunMessage } from '../RunMessage';
import { CopyLinkButton } from '../url/CopyLinkButton';
import { LinkNotices } from '../url/LinkNotices';
import { LinkSelection } from '../url/LinkSelection';
import { firstStepOf, PRESENT_STEPS, type PresentStep } from './figureSteps';
import { canGoFullscreen, enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen';
import { InnerStepsContext, innerStepsHost } from './innerSteps';
import { PresentSentence } from './PresentSentence';
import { useFigureFit } from './useFigureFit';
import { useItHeadStep } from './useItHeadStep';
import { usePresentationKeys } from './usePresentationKeys';
import { PredictQuestion } from './predict/PredictQuestion';
import { QuestionsToggle } from './predict/QuestionsToggle';
import { usePredict } from './predict/usePredict';
import './presentation.css';

const FIGURES_SCOPE = '.present-figures';

export interface PresentationProps {
  sections: readonly Section[];
  /** The steps, by default the post's figures; each names one of `sections`. */
  steps?: readonly PresentStep[];
}

export function Presentation({ sections, steps: allSteps = PRESENT_STEPS }: PresentationProps) {
  const section = useStore((s) => s.section);
  const setSection = useStore((s) => s.setSection);
  const showPage = useStore((s) => s.showPage);
  const runId = useStore((s) => s.lastGood?.id);
  const root = useRef<HTMLElement>(null);
  const [fullscreen, setFullscreen] = useState(isFullscreen);
  const [host] = useState(innerStepsHost);

  const steps = allSteps.filter((s) => sections.some((known) => known.id === s.section));
  const count = steps.length;
  const [index, setIndex] = useState(() => firstStepOf(steps, section));
  const step = steps[index];
  const shown = sections.find((s) => s.id === step.section) ?? sections[0];
  const goTo = (k: number) => {
    const next = Math.min(Math.max(k, 0), count - 1);
    setIndex(next);
    setSection(steps[next].section);
  };
  const leave = () => {
    exitFullscreen();
    showPage();
  };
  const inner = () => (step.inner ? host.find(step.inner) : null);
  const predict = usePredict(step, index);
  const question = () =>
    predict.asking ? { choices: predict.asked?.answered?.choices.length ?? 0, ...predict } : null;
  usePresentationKeys({ step: index, count, goTo, leave, inner, question });
  const { stage, figuresBox } = useFigureFit(FIGURES_SCOPE, step.figures, index);
  useItHeadStep(step, index);

  // A section named from outside (a link) opens at its first figure.
  const [named, setNamed] = useState(section);
  if (named !== section) {
    setNamed(section);
    if (section !== step.section && steps.some((s) => s.section === section)) {
      setIndex(firstStepOf(steps, section));
    }
  }
  // The link shows the section on screen, even when it named none.
  useEffect(() => {
    if (section !== step.section && !steps.some((s) => s.section === section)) {
      setSection(step.section);
    }
  });

  // A figure with steps of its own opens at its first step, or at its last when going back.
  const before = useRef(index);
  useEffect(() => {
    const figure = inner();
    if (figure) figure.goTo(index < before.current ? figure.count - 1 : 0);
    before.current = index;
    // Only when the step changes: the figure's own steps are the reader's from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index]);

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

  // The keys work at once on every step.
  useEffect(() => {
    const element = root.current;
    if (element && !element.contains(document.activeElement)) element.focus();
  }, [index]);

  const catalogue = useText();
  const text = catalogue.present;
  const title = sectionTitle(catalogue, shown.id, shown.title);
  const titleId = `${shown.id}-title`;
  return (
    <main className="present" ref={root} tabIndex={-1} aria-label={text.region}>
      <header className="present-bar">
        <PresentSentence />
        <div className="present-where">
          <span className="present-count" data-testid="present-step" aria-live="polite">
            {text.stepOf(index + 1, count)}
          </span>
          <label>
            <span className="present-visually-hidden">{text.goToStep}</span>
            <select value={index} onChange={(event) => goTo(Number(event.target.value))}>
              {steps.map((s, k) => (
                <option key={k} value={k}>
                  {k + 1}. {s.caption(text)}
                </option>
              ))}
            </select>
          </label>
          <QuestionsToggle />
          <CopyLinkButton />
          {!fullscreen && canGoFullscreen() && (
            <button type="button" className="quiet" onClick={enterFullscreen}>
              {text.fullScreen}
            </button>
          )}
          <button type="button" className="quiet" onClick={leave}>
            {text.leave}
          </button>
        </div>
        <div
          className="present-progress"
          role="progressbar"
          aria-label={text.progress}
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
      <section id={shown.id} className="present-step" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <p className="present-caption" data-testid="present-caption">
          {step.caption(text)}
        </p>
        <PredictQuestion predict={predict} />
        <div
          className={predict.asking ? 'present-stage present-stage-waiting' : 'present-stage'}
          ref={stage}
          inert={predict.asking}
        >
          <div className="present-figures" ref={figuresBox}>
            <InnerStepsContext.Provider value={host}>
              <SectionBoundary key={shown.id} title={title} runId={runId}>
                <shown.Component />
              </SectionBoundary>
            </InnerStepsContext.Provider>
          </div>
        </div>
      </section>
      <nav className="present-nav" aria-label={text.stepsNav}>
        <button type="button" disabled={index === 0} onClick={() => goTo(index - 1)}>
          {text.previous}
        </button>
        <span className="present-keys">
          {predict.asking
            ? text.questionKeys(predict.asked?.answered?.choices.length ?? 0)
            : text.keys(count)}
        </span>
        <button
          type="button"
          disabled={index === count - 1 && !predict.asking}
          onClick={() => (predict.asking ? predict.reveal() : goTo(index + 1))}
        >
          {text.next}
        </button>
      </nav>
      <LinkSelection />
    </main>
  );
}
