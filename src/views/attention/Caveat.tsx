/** The honest word beside an attention figure: with random weights, patterns are chance. */
import './attention.css';

export function Caveat({ untrained }: { untrained: boolean }) {
  if (!untrained) {
    return (
      <p className="attn-muted">
        Which words a trained head links is whatever helped it translate during training: some heads
        show a pattern a person would recognise, many do not.
      </p>
    );
  }
  return (
    <p className="attn-caveat" role="note">
      This model is untrained: its weights are random numbers, so where the lines go is chance, not
      understanding. The arithmetic is the real thing all the same, and training is what makes the
      weights mean something.
    </p>
  );
}

/** Shown in place of a figure before the first run has finished. */
export function Waiting() {
  return <p className="attn-muted">The figure appears when the first run has finished.</p>;
}
