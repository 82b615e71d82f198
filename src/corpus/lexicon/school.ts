/** The classroom: what pupils write with, and what they read, write and learn. */
import { theme } from './theme';

export const SCHOOL_THINGS = theme(
  ['thing'],
  [
    ['pencil', 'crayon', 'm'],
    ['pen', 'stylo', 'm'],
    ['eraser', 'gomme', 'f'],
    ['ruler', 'règle', 'f'],
    ['schoolbag', 'cartable', 'm'],
    ['globe', 'globe', 'm'],
    ['map', 'carte', 'f'],
    ['drawing', 'dessin', 'm'],
  ],
);

/** What one reads, writes, learns or sends. */
export const TEXTS = theme(
  ['text'],
  [
    ['notebook', 'cahier', 'm'],
    ['page', 'page', 'f'],
    ['dictionary', 'dictionnaire', 'm'],
    ['lesson', 'leçon', 'f'],
    ['exercise', 'exercice', 'm'],
    ['exam', 'examen', 'm'],
    ['question', 'question', 'f'],
    ['answer', 'réponse', 'f'],
    ['word', 'mot', 'm'],
    ['sentence', 'phrase', 'f'],
    ['story', 'histoire', 'f'],
    ['poem', 'poème', 'm'],
    ['note', 'note', 'f'],
    ['list', 'liste', 'f'],
    ['message', 'message', 'm'],
    ['email', 'courriel', 'm'],
    ['alphabet', 'alphabet', 'm'],
    ['chapter', 'chapitre', 'm'],
    ['novel', 'roman', 'm'],
    ['title', 'titre', 'm'],
    ['newspaper', 'journal', 'm'],
    ['magazine', 'magazine', 'm'],
    ['recipe', 'recette', 'f'],
  ],
);

/** What one sings, and reads or learns too. */
export const SONGS = theme(
  ['text', 'song'],
  [
    ['song', 'chanson', 'f'],
    ['lullaby', 'berceuse', 'f'],
    ['hymn', 'hymne', 'm'],
    ['tune', 'air', 'm'],
    ['chorus', 'refrain', 'm'],
  ],
);
