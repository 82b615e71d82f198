/** English text of the page's frame: sentence bar, pickers, status, notices, link notices, compare view, banners, errors. */
export const app = {
  language: 'Language',
  /** Each language named in itself, as a reader looking for their own finds it. */
  languageName: { en: 'English', fr: 'Français' },
  textSize: 'Text size',
  /** A text size in the picker, in per cent; the page's own is marked normal. */
  textSizeChoice: (percent: number, normal: boolean) =>
    normal ? `${percent}% (normal)` : `${percent}%`,
};
