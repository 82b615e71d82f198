/** What each method measures, in plain words, and when it leads a reader astray. */
export function MethodNotes() {
  return (
    <dl className="attr-notes">
      <dt>Raw attention</dt>
      <dd>
        How much one head’s question matched each source word. It says where the head looked, not
        what it took away: a head can look hard at a word whose value adds almost nothing, and the
        other heads and layers can undo what it found.
      </dd>
      <dt>Attention rollout</dt>
      <dd>
        Attention followed through every layer, counting the residual connection as half of each
        step, so a word reached through another word gets its share. It assumes every head and the
        residual matter equally, which is rarely true. In the models on this page it mostly ends on
        &lt;eos&gt;: their encoder heads give much of their weight to &lt;eos&gt;, and multiplying
        the layers together piles it up there, so its strongest word is seldom the one a translator
        would point at.
      </dd>
      <dt>Value-weighted attention</dt>
      <dd>
        The weight times the size of what the word’s value vector actually adds to the output, after
        W<sup>O</sup>. It corrects raw attention for words that are looked at but contribute little
        (often &lt;eos&gt; and punctuation), but it still ignores what the layers after it do. On
        the grammar’s test sentences, it and raw attention both point at the word a translator would
        link most of the time, each a little ahead of the other in one direction of translation.
      </dd>
      <dt>Gradient × input</dt>
      <dd>
        How fast the word’s log-probability would change if a source word’s embedding were turned up
        a little, from the model’s own backward pass. It sees the whole model, but only to first
        order: a word that matters a lot yet sits where the model has saturated can score near zero.
        It measures how sensitive the word is, not where it came from: on the grammar’s test
        sentences its strongest word is the one a translator would link only about half the time. A
        negative score means strengthening that word would make the output word less likely.
      </dd>
      <dt>Switching heads off</dt>
      <dd>
        The real experiment: remove one head’s output and read the probability again. It is the most
        direct evidence, about heads rather than words, and it can understate a head whose work
        another head can do as well.
      </dd>
    </dl>
  );
}
