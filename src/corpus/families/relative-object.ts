/**
 * Relative clauses where the subject family does not put them: on the object, "the girl likes
 * the cat that ate the cake" ↔ "la fille aime le chat qui a mangé le gâteau"; as an object the
 * relative's verb acts on, "i like the book that you found" ↔ "j'aime le livre que tu as
 * trouvé" (the participle agrees with what comes before it: "la pomme que tu as mangée"); and
 * inside a "because" clause, "because the dog that ate the cake was tired , the cat didn't
 * cross the street".
 */
import type { Random } from '../../engine';
import { chance, pick, weighted } from '../choice';
import { randomSubject, type Subject } from '../clause';
import { finishPair, prefixed, sequence, unit, type Phrase } from '../phrase';
import { actionClause, ACTING, stateClause, verbsFor } from '../simple-clause';
import { takesTense, tenseTags, verbForms, type Tense } from '../tense';
import type { SentencePair } from '../types';
import { fitting } from './fitting';
import { doerRelative, undergoerRelative } from './relative';

/** The inner verb is mostly in the past, as in "the cake that you found". */
function innerTense(random: Random): Tense {
  return weighted(random, { past: 0.65, present: 0.2, imparfait: 0.15 });
}

function objectRelativeOnce(random: Random): SentencePair | undefined {
  const tense = weighted(random, { present: 0.5, past: 0.3, future: 0.2 });
  const relative = chance(random, 0.5)
    ? doerRelative(random, innerTense(random), chance(random, 0.15))
    : undergoerRelative(random, innerTense(random), chance(random, 0.15));
  const subject = randomSubject(random, ACTING, 0.45);
  const verbs = verbsFor(subject.kinds).filter(
    (v) =>
      takesTense(v, tense) &&
      !v.generic &&
      v.objects.some((k) => relative.kinds.includes(k)) &&
      subject.noun !== relative.noun,
  );
  if (verbs.length === 0) return undefined;
  const verb = pick(random, verbs);
  const negation = chance(random, 0.2);
  const forms = verbForms(verb, subject.person, tense, negation);
  const body = sequence(subject, forms, prefixed(relative, 'object'));
  return finishPair(body, [
    'relative-object',
    ...subject.tags,
    ...relative.tags,
    ...tenseTags(tense),
    ...(negation ? ['negation'] : []),
  ]);
}

/** "the girl likes the cat that ate the cake", "i like the book that you found". */
export function objectRelativeSentence(random: Random): SentencePair {
  return fitting(() => {
    for (;;) {
      const pair = objectRelativeOnce(random);
      if (pair) return pair;
    }
  });
}

function becauseRelativeOnce(random: Random): SentencePair {
  const relative: Subject = chance(random, 0.6)
    ? doerRelative(random, 'past', chance(random, 0.15))
    : undergoerRelative(random, 'past', chance(random, 0.15));
  const tense: Tense = chance(random, 0.7) ? 'past' : 'present';
  const reason = stateClause(random, relative, { tense, negation: chance(random, 0.2) });
  const main = actionClause(random, randomSubject(random, ACTING, 0.3), {
    tense,
    negation: chance(random, 0.5),
  });
  const because = unit('because', 'parce que', 'because');
  const body: Phrase = chance(random, 0.5)
    ? sequence(because, prefixed(reason, 'reason'), unit(',', ',', 'comma'), prefixed(main, 'main'))
    : sequence(prefixed(main, 'main'), because, prefixed(reason, 'reason'));
  return finishPair(body, ['relative-because', 'because', ...main.tags, ...reason.tags]);
}

/** "because the dog that ate the cake was tired , the cat didn't cross the street". */
export function becauseRelativeSentence(random: Random): SentencePair {
  return fitting(() => becauseRelativeOnce(random));
}
