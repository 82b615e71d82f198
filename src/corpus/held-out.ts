/**
 * The English of the hand-written sentences `npm run eval` scores the models on (the first column
 * of test/data/held-out.tsv, which a test keeps equal to this list). The grammar can say some of
 * them, so the corpus leaves them out: a score on them measures sentences the model never saw.
 */
export const HELD_OUT_ENGLISH: ReadonlySet<string> = new Set([
  'the big red ball',
  'the small black cat',
  'the girl eats an apple and a pear',
  'the boy sees the dog and the cat',
  'the cat and the dog are hungry',
  'the dog ate the cake , the cat ate the apple and the bird ate the egg',
  'did the dog eat the cake yesterday ?',
  'is the cat going to eat the apple tomorrow ?',
  'the girl likes the cat that ate the cake',
  'i like the book that you found',
  "because the dog that ate the cake was tired , the cat didn't cross the street",
  "the cat didn't cross the street because it was very tired and very sad",
  'the dog is very big and very happy',
  'the cat is not tired but it is hungry',
  'the girls found two books and three apples',
  "we didn't see the dog or the cat",
  "the animal didn't cross the street because it was tired",
  "the animal didn't cross the river because it was too wide",
  "the cow didn't cross the road because it was too tired and too slow",
  "the dog didn't catch the cat because the cat was too fast",
  'the horse carried the box and the bag',
  'the old man and the young woman are tired',
  'she opened the door and the window',
  'the robot watched the red car in the garden yesterday',
  'the machine is thinking',
  'thinking machines are intelligent',
  'i am a student and you are a teacher',
  'hello , i am a student',
  'thanks , the cake was delicious',
  "the cat didn't eat the cake because it was not hungry",
]);
