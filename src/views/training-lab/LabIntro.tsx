/** What training does, in a few paragraphs, before the lab's controls. */
export function LabIntro() {
  return (
    <div className="lab-intro">
      <p>
        Every model on this page so far was trained before you opened it. Here you can train one
        yourself, starting from random weights, inside this browser tab. It runs in a thread of its
        own, so the page, and the sentence box at the top, keep answering while it trains.
      </p>
      <p>
        One training step takes a batch of examples whose answer is known. The model reads each
        source; the decoder is shown the right answer so far (shifted by one position, so it never
        sees the word it must predict) and gives, at every position, a probability for each word of
        its vocabulary. The loss measures how far those probabilities are from the right words.
        Backpropagation then works out, for every one of the model&apos;s numbers, which way a small
        change would lower that loss, and the Adam optimiser moves them all a little that way. The
        size of the move follows the paper&apos;s schedule: it grows during the warm-up, then
        shrinks slowly.
      </p>
      <p>
        The curve shows the loss of each batch, and now and then the loss on held-out examples the
        model never trains on: while both fall, it is learning the task, not memorising examples.
        With label smoothing, as in the paper, the loss levels off above zero, at the dashed line.
      </p>
      <p>
        Every few steps, one probe example goes through the model and its attention is drawn. Try
        <em> copy</em>: the encoder-decoder attention forms a diagonal, each output word looking at
        the source word in its place. Try <em>reverse</em>: the diagonal turns the other way. With{' '}
        <em>sort</em>, each output word looks for the next smallest symbol wherever it is.
      </p>
    </div>
  );
}
