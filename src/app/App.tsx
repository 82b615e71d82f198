import { DecodingPicker } from './DecodingPicker';
import { EngineBanner } from './EngineBanner';
import { ModelPicker } from './ModelPicker';
import { RunMessage } from './RunMessage';
import { SectionBoundary } from './SectionBoundary';
import { useStore } from '../store';
import { SECTIONS } from '../views/sections';
import { SentenceBar } from './SentenceBar';
import { UnknownWords } from './UnknownWords';
import { UntrainedNotice } from './UntrainedNotice';
import { useEngine } from './useEngine';

export function App() {
  const rerun = useEngine();
  // Which sentence the figures show: they catch up with the box when the reader pauses.
  const figuresSentence = useStore((s) => s.lastGood?.result.sentence);
  const figuresRun = useStore((s) => s.lastGood?.id);
  return (
    <main className="page" data-figures-sentence={figuresSentence}>
      <header>
        <h1>The Illustrated Transformer, live</h1>
        <p className="lede">
          A real Transformer runs in this page. Type a sentence: everything below is computed from
          it, as you type.
        </p>
      </header>
      <EngineBanner onRerun={rerun} />
      <UntrainedNotice />
      <div className="controls">
        <ModelPicker />
        <DecodingPicker />
      </div>
      <SentenceBar />
      <div className="messages">
        <RunMessage />
        <UnknownWords />
      </div>
      {SECTIONS.map(({ id, title, Component }) => (
        <section key={id} id={id} aria-labelledby={`${id}-title`} className="figure-section">
          <h2 id={`${id}-title`}>{title}</h2>
          <SectionBoundary title={title} runId={figuresRun}>
            <Component />
          </SectionBoundary>
        </section>
      ))}
    </main>
  );
}
