/**
 * The whole vocabulary of one step, searchable: each word with its index, logit and probability,
 * most probable first.
 */
import { useId, useState } from 'react';
import { formatValue } from '../../components';
import { searchWords, type WordScore } from './distribution';
import { useText } from '../../i18n';
import './output.css';

export interface WordSearchProps {
  /** Every word of the vocabulary, ranked. */
  words: readonly WordScore[];
  chosenId: number;
}

/** Rows drawn at most: enough for any search, few enough to stay quick with a large vocabulary. */
const MOST_ROWS = 300;

export function WordSearch({ words, chosenId }: WordSearchProps) {
  const text = useText().output;
  const [query, setQuery] = useState('');
  const inputId = useId();
  const matches = searchWords(words, query);
  const shown = matches.slice(0, MOST_ROWS);
  const rankOf = new Map(words.map((w, rank) => [w.id, rank + 1]));
  return (
    <div className="output-search">
      <label htmlFor={inputId}>{text.searchLabel(words.length)}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder={text.searchPlaceholder}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="output-note" aria-live="polite">
        {text.searchCount(matches.length, words.length, shown.length)}
      </p>
      {/* A scrolling box takes the keyboard's focus, so the arrow keys can scroll it. */}
      <div
        className="output-search-scroll"
        tabIndex={0}
        role="region"
        aria-label={text.searchRegion}
      >
        <table data-testid="word-table">
          <thead>
            <tr>
              <th scope="col">{text.columns.rank}</th>
              <th scope="col">{text.columns.index}</th>
              <th scope="col">{text.columns.word}</th>
              <th scope="col">{text.columns.logit}</th>
              <th scope="col">{text.columns.probability}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((w) => (
              <tr
                key={w.id}
                className={w.id === chosenId ? 'output-row-chosen' : undefined}
                data-id={w.id}
              >
                <td>{rankOf.get(w.id)}</td>
                <td>{w.id}</td>
                <td>{w.word}</td>
                <td data-value={w.logit}>{formatValue(w.logit)}</td>
                <td data-value={w.prob}>{formatValue(w.prob)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
