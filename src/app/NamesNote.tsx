import { selectNames, useStore } from '../store';

/**
 * Which words the model read as people's names: capitalised words it does not know, each copied
 * into the translation through a name slot, with the gender French agreement will use.
 */
export function NamesNote() {
  const names = useStore(selectNames);
  if (names.length === 0) return null;
  const distinct = [...new Map(names.map((n) => [n.name, n])).values()];
  return (
    <p className="notice" data-testid="names-note">
      Read as {distinct.length === 1 ? 'a name' : 'names'}:{' '}
      {distinct.map((n, i) => (
        <span key={n.name}>
          {i > 0 ? ', ' : ''}
          <span className="token">{n.name}</span> ({n.gender === 'f' ? 'a woman' : 'a man'}
          {n.knownName ? '' : ', a guess from the sentence'})
        </span>
      ))}
      . The model never learned names: it learned to carry a name placeholder into the translation,
      and the page writes the name back.
    </p>
  );
}
