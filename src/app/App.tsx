import { DecodingPicker } from './DecodingPicker';
import { EngineBanner } from './EngineBanner';
import { ModelPicker } from './ModelPicker';
import { RunMessage } from './RunMessage';
import { SectionBoundary } from './SectionBoundary';
import { useStore } from '../store';
import { sectionTitle, useText } from '../i18n';
import { usePageLanguage } from './LanguageControl';
import { SECTIONS } from '../views/sections';
import { SentenceBar } from './SentenceBar';
import { NamesNote } from './NamesNote';
import { UnknownWords } from './UnknownWords';
import { UntrainedNotice } from './UntrainedNotice';
import { useEngine } from './useEngine';
import { CompareView } from './compare/CompareView';
import { COMPARE_FIGURES } from './compare/figures';
import { Presentation } from './presentation/Presentation';
import { HiddenControlsNotice, LinkedControl, useLinkedControl } from './url/LinkedControls';
import { LinkNotices } from './url/LinkNotices';
import { LinkSelection } from './url/LinkSelection';
import { PageTools } from './url/PageTools';
import { useLinkSync } from './url/useLinkSync';
import { usePagePlace } from './url/usePagePlace';

const SECTION_IDS = SECTIONS.map((s) => s.id);
const LINK_TARGETS = { sectionIds: SECTION_IDS, figureIds: COMPARE_FIGURES.map((f) => f.id) };

export function App() {
  const rerun = useEngine();
  usePageLanguage();
  const text = useText();
  useLinkSync(LINK_TARGETS);
  const view = useStore((s) => s.view);
  usePagePlace(view === 'page', SECTION_IDS);
  const sentenceBox = useLinkedControl('sentence');
  // Which sentence the figures show: they catch up with the box when the reader pauses.
  const figuresSentence = useStore((s) => s.lastGood?.result.sentence);
  const figuresRun = useStore((s) => s.lastGood?.id);
  if (view === 'present') return <Presentation sections={SECTIONS} />;
  return (
    <main
      className={view === 'compare' ? 'page compare-page' : 'page'}
      data-figures-sentence={figuresSentence}
    >
      <header>
        <h1>{text.page.title}</h1>
        <p className="lede">{text.page.lede}</p>
        <p className="lede">{text.page.counting}</p>
      </header>
      <EngineBanner onRerun={rerun} />
      <UntrainedNotice />
      <LinkNotices />
      <HiddenControlsNotice />
      <div className="controls">
        <LinkedControl name="model">
          <ModelPicker />
        </LinkedControl>
        <LinkedControl name="decoding">
          <DecodingPicker />
        </LinkedControl>
        <PageTools />
      </div>
      <SentenceBar input={sentenceBox} />
      <div className="messages">
        <RunMessage />
        <UnknownWords />
        <NamesNote />
      </div>
      {view === 'compare' && <CompareView />}
      {view === 'page' &&
        SECTIONS.map(({ id, title, Component }) => (
          <section key={id} id={id} aria-labelledby={`${id}-title`} className="figure-section">
            <h2 id={`${id}-title`}>{sectionTitle(text, id, title)}</h2>
            <SectionBoundary title={sectionTitle(text, id, title)} runId={figuresRun}>
              <Component />
            </SectionBoundary>
          </section>
        ))}
      {/* Last: its effect must follow the figures' own (see LinkSelection). */}
      <LinkSelection />
    </main>
  );
}
