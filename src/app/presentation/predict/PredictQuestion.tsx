/**
 * A question for the class, big enough for a projector: its choices as buttons (or keys 1–9),
 * then, once revealed, the model's answer marked beside the class's choice with one sentence
 * saying why, in the model's own numbers.
 */
import { useText } from '../../../i18n';
import type { Predict } from './usePredict';

export function PredictQuestion({ predict }: { predict: Predict }) {
  const text = useText().present.question;
  const { asked, answer, pick, reveal } = predict;
  if (!asked) return null;
  const answered = asked.answered;
  const { revealed, picked } = answer;
  return (
    <section
      className={revealed ? 'present-question present-question-revealed' : 'present-question'}
      aria-label={text.label}
      data-testid="present-question"
      data-question={asked.kind}
      data-state={revealed ? 'revealed' : 'asking'}
    >
      <p className="present-question-prompt">{asked.prompt}</p>
      {asked.detail && <p className="present-question-detail">{asked.detail}</p>}
      {answered === null ? (
        <p className="present-question-detail">{text.waiting}</p>
      ) : (
        <div className="present-choices" role="group" aria-label={text.choices}>
          {answered.choices.map((choice, i) => {
            const right = revealed && answered.answer === i;
            const chosen = picked === i;
            return (
              <button
                type="button"
                key={i}
                className="present-choice"
                aria-pressed={chosen}
                disabled={revealed}
                data-right={right}
                onClick={() => pick(i)}
              >
                <span className="present-choice-key" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="present-choice-word" dir="auto">
                  {choice}
                </span>
                {right && <span className="present-choice-mark">✓ {text.right}</span>}
                {revealed && chosen && !right && (
                  <span className="present-choice-mark">{text.picked}</span>
                )}
              </button>
            );
          })}
        </div>
      )}
      {!revealed && (
        <button type="button" className="present-reveal" onClick={reveal}>
          {text.reveal}
        </button>
      )}
      {revealed && answered && (
        <p className="present-question-why" role="status" data-testid="present-question-why">
          {picked !== null && (picked === answered.answer ? text.rightGuess : text.wrongGuess)}{' '}
          {answered.why}
        </p>
      )}
    </section>
  );
}
