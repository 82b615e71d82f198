import { useText } from '../../i18n';

/** What training does, in a few paragraphs, before the lab's controls. */
export function LabIntro() {
  const text = useText().trainingLab;
  return (
    <div className="lab-intro">
      {text.intro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>
        {text.introProbe(
          <em>{text.taskWords.copy}</em>,
          <em>{text.taskWords.reverse}</em>,
          <em>{text.taskWords.sort}</em>,
        )}
      </p>
    </div>
  );
}
