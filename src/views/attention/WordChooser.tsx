/** The sentence as a row of buttons: the reader clicks the word whose attention to follow. */
import './attention.css';
import { useText } from '../../i18n';

export interface WordChooserProps {
  tokens: readonly string[];
  chosen: number;
  onChoose(index: number): void;
}

export function WordChooser({ tokens, chosen, onChoose }: WordChooserProps) {
  const text = useText().attention;
  return (
    <div className="attn-words" role="group" aria-label={text.chosenWord}>
      <span className="attn-picker-label">{text.word}</span>
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
