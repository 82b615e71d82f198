import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { link as french } from '../../src/i18n/fr/link';
import { startLinkSync, type LinkSync } from '../../src/app/url/linkSync';
import { linkSelectionToApply, openLink, settleLinkHeads } from '../../src/app/url/openLink';
import { parseLink } from '../../src/app/url/parseLink';
import { MAX_LINK_LENGTH } from '../../src/app/url/linkState';
import { resetStore, useStore } from '../../src/store';
import type { ModelListing } from '../../src/worker/protocol';
import { completedRun, modelInfo } from '../store/fixtures';

const store = () => useStore.getState();
const TARGETS = { sectionIds: ['attention-maps'], figureIds: ['token-view'] };
const LISTINGS: ModelListing[] = [
  { name: 'en-fr', label: 'English → French', sourceLanguage: 'en', targetLanguage: 'fr' },
];
/** Every part a link may get wrong, each once. */
const BROKEN =
  'colour=red&layer=0&layer=2&head=abc&query=-1&model=a%20b&view=slides&section=Nope!' +
  '&figure=%ZZ&decoding=beam-7-9&off=enc.1,attn.2.2&hide=everything&lock=nothing' +
  '&questions=riddle&size=90&lang=de&sentence=a\uD800b&compare=' +
  encodeURIComponent('x'.repeat(600));

const texts = (hash: string, words = french) => parseLink(hash, words).notices.map((n) => n.text);
const NARROW = '\u202f';

/** Just enough of a window for the address: its location, history and hashchange. */
class FakeWindow extends EventTarget {
  constructor(public href: string) {
    super();
  }
  get location() {
    return { href: this.href, hash: new URL(this.href).hash };
  }
  get history() {
    return {
      state: null,
      replaceState: (_s: unknown, _u: string, url: string) => (this.href = url),
    };
  }
}

let sync: LinkSync | undefined;
const startAt = (hash: string) => {
  sync = startLinkSync(
    useStore,
    TARGETS,
    new FakeWindow(`https://example.org/#${hash}`) as unknown as Window,
  );
};

beforeEach(() => resetStore());
afterEach(() => sync?.stop());

describe('a link’s notices in French', () => {
  it('say each part the page could not use, under the same keys as in English, none in English', () => {
    const inEnglish = parseLink(BROKEN).notices;
    const inFrench = parseLink(BROKEN, french).notices;
    expect(inFrench.map((n) => n.key)).toEqual(inEnglish.map((n) => n.key));
    expect(inFrench.length).toBeGreaterThan(15);
    for (const { text } of inFrench) {
      expect(text).not.toMatch(/\bThe link\b|\bleft out\b|\bis shown\b|“/);
      expect(text).toMatch(/[.…]$/);
    }
  });

  it('are written in French, with French quotation marks and spacing', () => {
    expect(texts(BROKEN)).toEqual(
      expect.arrayContaining([
        'Cette page ne connaît pas la partie «\u00a0colour\u00a0» du lien\u202f; elle a été ignorée.',
        'Le lien demande la couche 0, mais les couches se comptent à partir de 1\u202f: la couche 1 est affichée.',
        'Le lien donne «\u00a0layer\u00a0» plusieurs fois\u202f; seule la première valeur a été retenue.',
        'La tête «\u00a0abc\u00a0» du lien n’est pas un nombre entier\u202f; elle a été ignorée.',
        'Le lien demande le mot -1, mais les mots se comptent à partir de 1\u202f: le mot 1 est affiché.',
        'Cette page n’a pas de vue «\u00a0slides\u00a0»\u202f; elle s’affiche en entier.',
        'La section «\u00a0Nope!\u00a0» du lien n’est pas un nom de section valide\u202f; elle a été ignorée.',
        'Le lien demande un faisceau de 7\u202f; la page propose 2, 3, 4, 5, 6, 8, c’est donc un faisceau de 6 qui est utilisé.',
        'Le lien demande 9 faisceaux rendus, mais un faisceau de 6 en rend de 1 à 6\u202f: 6 sont affichés.',
        'La valeur de «\u00a0figure\u00a0» dans le lien contient un échappement % invalide et n’a pas pu être lue\u202f; elle a été ignorée.',
        'Les têtes à éteindre «\u00a0enc.1\u00a0», «\u00a0attn.2.2\u00a0» du lien ne sont pas écrites sous la forme enc.2.4 (type, couche, tête)\u202f; elles restent allumées.',
        'Le lien demande de masquer «\u00a0everything\u00a0», ce que cette page ne peut pas faire\u202f; elle peut masquer sentence, model, decoding, present, compare.',
        'Le lien demande de poser les questions «\u00a0riddle\u00a0», ce que cette page ne peut pas faire\u202f; elle peut poser les questions it-word, next-word, head-off.',
        'Cette page ne propose pas la taille de texte «\u00a090\u00a0» du lien (100, 125, 150, 175, 200\u202f%)\u202f; le texte garde sa taille.',
        'La langue «\u00a0de\u00a0» du lien n’est pas une de celles de cette page (en, fr)\u202f; la page garde sa langue.',
        'La phrase du lien contenait des caractères invalides\u202f; chacun a été remplacé par �.',
        'La seconde phrase du lien comptait 600 caractères\u202f; seuls les 500 premiers sont utilisés.',
      ]),
    );
  });

  it('write large numbers with their thousands grouped by a narrow space', () => {
    const [notice] = texts('k'.repeat(MAX_LINK_LENGTH + 5));
    expect(notice).toBe(
      `Le lien compte 200${NARROW}005 caractères, au-delà des 200${NARROW}000 que cette page lit${NARROW}; ` +
        `seuls les 200${NARROW}000 premiers ont été lus.`,
    );
  });

  it('say a head one at a time in the singular', () => {
    expect(texts('off=enc.x')).toEqual([
      'La tête à éteindre «\u00a0enc.x\u00a0» du lien n’est pas écrite sous la forme enc.2.4 (type, couche, tête)\u202f; elle reste allumée.',
    ]);
  });
});

describe('a link opened on a page in French', () => {
  beforeEach(() => store().setLanguage('fr'));

  it('says a section, heads and a selection the page lacks in French', () => {
    const hash = 'section=nowhere&sentence=the+cat&layer=5&off=dec-self.3.1';
    openLink(useStore, parseLink(hash, french), TARGETS);
    store().modelLoaded(modelInfo({ encoderLayers: 2, decoderLayers: 2, heads: 4 }));
    settleLinkHeads(useStore);
    expect(store().linkNotices.map((n) => n.text)).toEqual([
      'La section «\u00a0nowhere\u00a0» du lien n’existe pas sur cette page\u202f; elle a été ignorée.',
      'Le lien éteint la tête 1 de la couche 3 de la self-attention du décodeur, mais ce modèle a 2 couches de 4 têtes\u202f: elle reste allumée.',
    ]);
    store().runStarted(1);
    store().runFinished(completedRun(1, ['the', 'cat'], 'le chat'));
    expect(linkSelectionToApply(store())?.notices.map((n) => n.text)).toEqual([
      'Le lien demande la couche 5, mais ce modèle a 2 couches\u202f: la couche 2 est affichée.',
    ]);
  });

  it('says a model the page lacks in French, naming the one it shows', () => {
    store().setModelListings(LISTINGS);
    openLink(useStore, parseLink('model=de-en', french), TARGETS);
    expect(store().linkNotices.map((n) => n.text)).toEqual([
      'Cette page n’a pas de modèle «\u00a0de-en\u00a0»\u202f; elle montre Anglais → français à la place.',
    ]);
  });

  it('reads the link in the page’s language from the address, and says a model it lacks once the list is in', () => {
    startAt('model=xx-yy&view=slides');
    expect(store().linkNotices.map((n) => n.text)).toEqual([
      'Cette page n’a pas de vue «\u00a0slides\u00a0»\u202f; elle s’affiche en entier.',
    ]);
    store().setModelListings(LISTINGS);
    expect(store().linkNotices.map((n) => n.text)).toContain(
      'Cette page n’a pas de modèle «\u00a0xx-yy\u00a0»\u202f; elle montre Anglais → français à la place.',
    );
  });
});

describe('a link that sets the language', () => {
  it('is read in the language it sets, so a page opened in English by lang=fr says it in French', () => {
    startAt('lang=fr&view=slides');
    expect(store().language).toBe('fr');
    expect(store().linkNotices.map((n) => n.text)).toEqual([
      'Cette page n’a pas de vue «\u00a0slides\u00a0»\u202f; elle s’affiche en entier.',
    ]);
  });

  it('and a French page opened by lang=en says it in English', () => {
    store().setLanguage('fr');
    startAt('lang=en&view=slides');
    expect(store().language).toBe('en');
    expect(store().linkNotices.map((n) => n.text)).toEqual([
      'The link’s view “slides” is not one this page has; it shows the page.',
    ]);
  });
});
