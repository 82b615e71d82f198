/** The sentence as a row of buttons: the reader clicks the word whose attention to follow. */
import './attention.css';

export interface WordChooserProps {
  tokens: readonly string[];
  chosen: number;
  onChoose(index: number): void;
}

export function WordChooser({ tokens, chosen, onChoose }: WordChooserProps) {
  return (
    <div className="attn-words" role="group" aria-label="Chosen word">
      <span className="attn-picker-label">Word</span>
      {tokens.map((token, index) => (
        <button
          key={index}
          type="button"
          className="attn-word"
          aria-pressed={index === chosen}
          onClick={() => onChoose(index)}
        >
          {token}
        </button>
      ))}
    </div>
  );
}
