/** French text of the page's frame: sentence bar, pickers, status, notices, link notices, compare view, banners, errors. */
import type { Catalogue } from '../en';

export const app: Catalogue['app'] = {
  language: 'Langue',
  languageName: { en: 'English', fr: 'Français' },
  textSize: 'Taille du texte',
  textSizeChoice: (percent, normal) => (normal ? `${percent} % (normale)` : `${percent} %`),
};
