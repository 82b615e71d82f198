import { useStore } from '../../../store';
import { PRESENT_QUESTIONS } from '../../../store/presentationSlice';
import { useText } from '../../../i18n';

/** "Questions: on/off": ask the class before the figures that have a question, or not. */
export function QuestionsToggle() {
  const on = useStore((s) => s.questions.length > 0);
  const setQuestions = useStore((s) => s.setQuestions);
  const text = useText().present;
  return (
    <button
      type="button"
      className="quiet present-questions-toggle"
      aria-pressed={on}
      title={text.questionsToggleTitle}
      onClick={() => setQuestions(on ? [] : PRESENT_QUESTIONS)}
    >
      {text.questionsToggle(on)}
    </button>
  );
}
