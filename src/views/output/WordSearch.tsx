/**
 * The whole vocabulary of one step, searchable: each word with its index, logit and probability,
 * most probable first.
 */
import { useId, useState } from 'react';
import { formatValue } from '../../components';
import { searchWords, type WordScore } from './distribution';
import './output.css';

export interface WordSearchProps {
  /** Every word of the vocabulary, ranked. */
  words: readonly WordScore[];
  chosenId: number;
}

/** Rows drawn at most: enough for any search, few enough to stay quick with a large vocabulary. */
const MOST_ROWS = 300;

export function WordSearch({ words, chosenId }: WordSearchProps) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const matches = searchWords(words, query);
  const shown = matches.slice(0, MOST_ROWS);
  const rankOf = new Map(words.map((w, rank) => [w.id, rank + 1]));
  return (
    <div className="output-search">
      <label htmlFor={inputId}>Find any word of the {words.length} (by text or index)</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder="e.g. rue, or 17"
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="output-note" aria-live="polite">
        {matches.length === words.length
          ? `All ${words.length} words, most probable first.`
          : `${matches.length} of ${words.length} words match.`}
        {matches.length > shown.length &&
          ` The first ${shown.length} are listed; type more to narrow.`}
      </p>
      {/* A scrolling box takes the keyboard's focus, so the arrow keys can scroll it. */}
      <div
        className="output-search-scroll"
        tabIndex={0}
        role="region"
        aria-label="Words of the vocabulary, most probable first"
      >
        <table data-testid="word-table">
          <thead>
            <tr>
              <th scope="col">rank</th>
              <th scope="col">index</th>
              <th scope="col">word</th>
              <th scope="col">logit</th>
              <th scope="col">probability</th>
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
