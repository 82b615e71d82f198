/** What each method measures, in plain words, and when it leads a reader astray. */
import { Fragment } from 'react';
import { useText } from '../../i18n';

export function MethodNotes() {
  const text = useText().attribution;
  const notes = [
    [text.methods.attention, text.notes.attention],
    [text.methods.rollout, text.notes.rollout],
    [text.methods.valueWeighted, text.notes.valueWeighted],
    [text.methods.saliency, text.notes.saliency],
    [text.ablationTerm, text.notes.ablation],
  ] as const;
  return (
    <dl className="attr-notes">
      {notes.map(([term, description]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{description}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
