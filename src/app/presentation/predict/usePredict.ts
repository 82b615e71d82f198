/**
 * A step's question, when the step has one and the presentation asks it: what the class picked
 * and whether the answer is revealed, kept per step and sentence, so going back to a question
 * shows it answered, and another sentence asks it anew.
 */
import { useState } from 'react';
import { useStore } from '../../../store';
import type { PresentStep } from '../figureSteps';
import { useAskedQuestion, type AskedQuestion } from './useAskedQuestion';

export interface ClassAnswer {
  picked: number | null;
  revealed: boolean;
}

export interface Predict {
  asked: AskedQuestion | null;
  answer: ClassAnswer;
  /** The question is on screen and its answer hidden: the figure waits. */
  asking: boolean;
  pick: (choice: number) => void;
  reveal: () => void;
}

const UNANSWERED: ClassAnswer = { picked: null, revealed: false };

export function usePredict(step: PresentStep, index: number): Predict {
  const questions = useStore((s) => s.questions);
  const sentence = useStore((s) => s.sentence);
  const [answers, setAnswers] = useState<ReadonlyMap<string, ClassAnswer>>(new Map());
  const kind = step.question && questions.includes(step.question) ? step.question : undefined;
  const asked = useAskedQuestion(kind);
  const key = `${index}\n${sentence}`;
  const answer = answers.get(key) ?? UNANSWERED;
  const change = (next: Partial<ClassAnswer>) =>
    setAnswers((all) => new Map(all).set(key, { ...(all.get(key) ?? UNANSWERED), ...next }));
  const choices = asked?.answered?.choices.length ?? 0;
  return {
    asked,
    answer,
    asking: asked !== null && !answer.revealed,
    pick: (choice) => {
      if (!answer.revealed && choice >= 0 && choice < choices) change({ picked: choice });
    },
    reveal: () => change({ revealed: true }),
  };
}
