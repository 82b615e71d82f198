/** French text of the page's header. */
import type { Catalogue } from '../en';

export const page: Catalogue['page'] = {
  title: 'The Illustrated Transformer, en direct',
  lede: 'Un vrai Transformer tourne dans cette page. Tapez une phrase\u202f: tout ce qui suit est calculé à partir d’elle, au fil de la frappe.',
  counting:
    'Les couches, les têtes et les positions des mots sont comptées à partir de 1 partout sur cette page\u202f; seuls les noms des tenseurs du moteur, comme enc.0.self, comptent à partir de 0.',
};
