/**
 * What this model's "it" head does, in numbers training measured (config.json), with a button that
 * shows it. Whether training guided the head is said plainly: a guided head was taught where to
 * look by an extra loss; the others learnt only to translate.
 */
import { useText } from '../../i18n';
import type { ItHeadInfo } from '../../worker/itHeadInfo';

/** Switching the head off costs il/elle at least this much: the translation leans on it. */
const LEANS_ON = 0.1;

/**
 * Where the head is shown: in this figure only (it opened on it, the other figures on layer 1,
 * head 1), in every figure (it was chosen), or not at all.
 */
export type ItHeadShown = 'here' | 'everywhere' | 'no';

/** Where `itHead` is shown, from whether the "it" figures opened on it and the head they show. */
export function itHeadShown(
  opened: boolean,
  shownHead: { layer: number; head: number } | null,
  itHead: ItHeadInfo,
): ItHeadShown {
  if (opened) return 'here';
  const onIt = shownHead?.layer === itHead.layer && shownHead.head === itHead.head;
  return onIt ? 'everywhere' : 'no';
}

export function ItHeadNote({
  itHead,
  onShow,
  shown,
}: {
  itHead: ItHeadInfo;
  onShow: () => void;
  shown: ItHeadShown;
}) {
  const text = useText().attention;
  const { layer, head, ablation, guidedCross } = itHead;
  return (
    <div className="notice" data-testid="it-head-note">
      <p>
        {text.itHeadFound(
          text.itHeadName(layer + 1, head + 1),
          itHead.sentences,
          itHead.resolves,
          itHead.meanAntecedentWeight,
          itHead.flips,
        )}{' '}
        {itHead.guided ? (
          <>
            {text.itHeadGuided}
            {guidedCross &&
              text.itHeadGuidedCross(guidedCross.layer + 1, guidedCross.head + 1)}{' '}
            {text.itHeadNoOtherGuided}
            {itHead.headDropout > 0 && text.itHeadDropout(Math.round(1 / itHead.headDropout))}
          </>
        ) : (
          text.itHeadUnguided
        )}
      </p>
      {ablation && (
        <p>
          {text.itHeadAblation(
            ablation.sentences,
            ablation.pronounWithHead,
            ablation.pronounWithoutHead,
          )}{' '}
          {ablation.pronounWithHead - ablation.pronounWithoutHead >= LEANS_ON
            ? text.itHeadUsed
            : text.itHeadUnused}
        </p>
      )}
      {shown === 'here' && <p>{text.itHeadOpenedHere}</p>}
      {shown !== 'everywhere' && (
        <button type="button" onClick={onShow}>
          {shown === 'here' ? text.showThisHeadEverywhere : text.showThisHead}
        </button>
      )}
    </div>
  );
}

/**
 * A model in which no head resolves the pronoun: which head comes closest, and, for a model that
 * reads French, why none learnt it; with a button to the model in which one does, if it is listed.
 */
export function NoItHeadNote({
  closest,
  readsFrench,
  onShow,
  onEnglishModel,
}: {
  closest: ItHeadInfo;
  readsFrench: boolean;
  onShow: () => void;
  onEnglishModel?: () => void;
}) {
  const text = useText().attention;
  return (
    <div className="notice" data-testid="no-it-head-note">
      <p>
        {text.noItHead(
          text.itHeadName(closest.layer + 1, closest.head + 1),
          closest.sentences,
          closest.resolves,
          closest.meanAntecedentWeight,
        )}
      </p>
      {readsFrench && <p>{text.noItHeadWhy}</p>}
      <p className="notice-actions">
        <button type="button" onClick={onShow}>
          {text.showClosestHead}
        </button>
        {onEnglishModel && (
          <button type="button" onClick={onEnglishModel}>
            {text.showEnglishModel}
          </button>
        )}
      </p>
    </div>
  );
}
