/**
 * What this model's "it" head does, in numbers training measured (config.json), with a button that
 * shows it. Whether training guided the head is said plainly: a guided head was taught where to
 * look by an extra loss; the others learnt only to translate.
 */
import type { ItHeadInfo } from '../../worker/itHeadInfo';

const percent = (x: number) => `${Math.round(100 * x)}%`;

export function ItHeadNote({ itHead, onShow }: { itHead: ItHeadInfo; onShow: () => void }) {
  const { layer, head, ablation } = itHead;
  const name = `encoder layer ${layer + 1}, head ${head + 1}`;
  return (
    <div className="notice" data-testid="it-head-note">
      <p>
        In this model, the head that does what the post shows is <strong>{name}</strong>. Over{' '}
        {itHead.sentences.toLocaleString('en')} test sentences with “it” (or “they”), it gives the
        noun that “it” stands for more weight than any other noun in {percent(itHead.resolves)} of
        them, {itHead.meanAntecedentWeight.toFixed(2)} of its weight on average; when the reason
        changes so that “it” means the other noun (tired ↔ wide), it switches to that noun in{' '}
        {percent(itHead.flips)} of them.{' '}
        {itHead.guided ? (
          <>
            This head was guided: during training a small extra loss told it where “it” should look
            (guided attention, as in Strubell et al. 2018), because no head learnt it from
            translating alone.
            {itHead.guidedCross &&
              ` So was one head of the decoder (layer ${itHead.guidedCross.layer + 1}, head ${itHead.guidedCross.head + 1} of its attention over the English), told to look at “it” while writing il or elle.`}{' '}
            No other head was guided: the other encoder heads show what translation alone taught
            them.
            {itHead.headDropout > 0 &&
              ` While it trained, each of the other heads of the attention over the English was also switched off at random, for about one sentence in ${Math.round(1 / itHead.headDropout)}, and the guided heads never were (head dropout), so the model could not count on another head to do their work.`}
          </>
        ) : (
          'No head was told where to look: this one learnt it from translating alone.'
        )}
      </p>
      {ablation && (
        <p>
          Does the translation use it? On {ablation.sentences.toLocaleString('en')} sentences whose
          two nouns are of the same kind but of different genders, so that only the meaning can
          choose il or elle, the model is right {percent(ablation.pronounWithHead)} of the time;
          with this head switched off, {percent(ablation.pronounWithoutHead)}.{' '}
          {ablation.pronounWithHead - ablation.pronounWithoutHead >= 0.1
            ? 'The translation leans on this head to choose il or elle.'
            : 'So the translation hardly uses this head: the decoder finds il or elle another way, and what a head looks at is not always what the model uses.'}
        </p>
      )}
      <button type="button" onClick={onShow}>
        Show this head
      </button>
    </div>
  );
}
