import { useText } from '../i18n';
import { selectNames, useStore } from '../store';

/**
 * Which words the model read as people's names: capitalised words it does not know, each copied
 * into the translation through a name slot, with the gender French agreement will use.
 */
export function NamesNote() {
  const names = useStore(selectNames);
  const text = useText().app;
  if (names.length === 0) return null;
  const distinct = [...new Map(names.map((n) => [n.name, n])).values()];
  return (
    <p className="notice" data-testid="names-note">
      {text.readAsNames(distinct.length)}{' '}
      {distinct.map((n, i) => (
        <span key={n.name}>
          {i > 0 ? ', ' : ''}
          <span className="token">{n.name}</span> ({text.nameGender(n.gender === 'f', !n.knownName)}
          )
        </span>
      ))}
      {text.namesExplained}
    </p>
  );
}
