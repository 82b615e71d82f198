/** French text of Which words decided. */
import { number } from './numbers';
import type { Catalogue } from '../en';

/** The article before a sublayer’s name, elided before a vowel: la self-attention, l’attention. */
const the = (name: string) => (/^[aeiouéh]/i.test(name) ? `l’${name}` : `la ${name}`);

export const attribution: Catalogue['attribution'] = {
  waiting: 'Les figures apparaîtront dès que la première traduction sera prête.',
  intro:
    'On lit souvent les cartes d’attention comme l’explication d’une traduction. Elles ne sont pourtant qu’un indice parmi d’autres, et parfois un indice trompeur. Voici, côte à côte, cinq façons de se demander «\u00a0quels mots source ont décidé de ce mot de sortie\u202f?\u00a0», toutes calculées par le modèle dans votre navigateur, en relisant mot à mot la traduction ci-dessus telle qu’elle a été écrite.',
  wordPicker: 'Mot de sortie à expliquer',
  wordPickerLabel: 'Expliquer le mot',
  computed: (ms) => `Les cinq méthodes ont été calculées en ${number(ms)} ms dans le worker.`,
  failed: 'Les attributions n’ont pas pu être calculées.',
  computing: 'Calcul en cours, une méthode après l’autre…',
  untrained:
    'Ce modèle n’est pas entraîné\u202f: chaque méthode explique des poids aléatoires, aucune ne sera donc d’accord avec la lecture d’une personne.',

  methods: {
    attention: 'Attention brute',
    rollout: 'Attention rollout',
    valueWeighted: 'Attention pondérée par les valeurs',
    saliency: 'Gradient × entrée',
  },
  ablationTerm: 'Éteindre des têtes',
  notes: {
    attention: (
      <>
        À quel point la question d’une tête correspondait à chaque mot source. Elle dit où la tête a
        regardé, pas ce qu’elle en a retiré&#8239;: une tête peut regarder intensément un mot dont
        la valeur n’ajoute presque rien, et les autres têtes et couches peuvent défaire ce qu’elle a
        trouvé.
      </>
    ),
    rollout: (
      <>
        L’attention suivie à travers toutes les couches, en comptant la connexion résiduelle pour
        moitié à chaque étape&#8239;: un mot atteint en passant par un autre mot reçoit ainsi sa
        part. Elle suppose que chaque tête et la connexion résiduelle comptent autant, ce qui est
        rarement vrai. Dans les modèles de cette page, elle aboutit surtout sur &lt;eos&gt;&#8239;:
        leurs têtes d’encodeur donnent une grande part de leur poids à &lt;eos&gt;, et multiplier
        les couches entre elles l’y accumule&#8239;; son mot le plus fort est donc rarement celui
        qu’un traducteur désignerait.
      </>
    ),
    valueWeighted: (
      <>
        Le poids multiplié par la taille de ce que le vecteur valeur du mot ajoute réellement à la
        sortie, après W<sup>O</sup>. Elle corrige l’attention brute pour les mots qu’on regarde mais
        qui apportent peu (souvent &lt;eos&gt; et la ponctuation), mais ignore toujours ce que font
        les couches suivantes. Sur les phrases de test de la grammaire, elle et l’attention brute
        désignent le plus souvent le mot qu’un traducteur relierait, chacune un peu devant l’autre
        dans un sens de traduction.
      </>
    ),
    saliency: (
      <>
        À quelle vitesse la log-probabilité du mot changerait si l’on augmentait un peu le
        plongement (embedding) d’un mot source, d’après la rétropropagation du modèle lui-même. Elle
        voit tout le modèle, mais seulement au premier ordre&#8239;: un mot très important mais
        situé là où le modèle sature peut obtenir un score proche de zéro. Elle mesure la
        sensibilité du mot, pas son origine&#8239;: sur les phrases de test de la grammaire, son mot
        le plus fort n’est celui qu’un traducteur relierait qu’environ une fois sur deux. Un score
        négatif signifie que renforcer ce mot rendrait le mot de sortie moins probable.
      </>
    ),
    ablation: (
      <>
        La vraie expérience&#8239;: retirer la sortie d’une tête et relire la probabilité. C’est
        l’indice le plus direct, sur les têtes plutôt que sur les mots, et il peut sous-estimer une
        tête dont une autre tête sait faire le travail aussi bien.
      </>
    ),
  },
  shortMethods: { rollout: 'Rollout', saliency: 'Gradient × entrée' },
  headPicker: 'Attention encodeur-décodeur affichée',
  layerPicker: 'Couche du décodeur',
  headPickerLabel: 'Tête',
  allHeads: 'toutes',
  heads: (layer, head) =>
    `couche ${layer} du décodeur, ${head === null ? 'toutes les têtes' : `tête ${head}`}`,
  scored: (name, value) => `${name}\u202f: ${number(value)}`,

  barsCaption: (word, heads) =>
    `Ce que chaque méthode attribue à chaque mot source pour le mot de sortie «\u00a0${word}\u00a0» (lignes d’attention\u202f: ${heads}\u202f; souligné\u202f: le mot aligné dans l’alignement de référence)`,
  methodColumn: 'Méthode',
  goldTitle: 'aligné avec le mot dans l’alignement de référence',

  agreementScroller: 'Corrélation de rang entre les méthodes',
  agreementCaption: (withGold) =>
    `Corrélation de rang (ρ de Spearman) entre les méthodes\u202f: 1 quand elles classent les mots source dans le même ordre, 0 quand leurs ordres n’ont aucun rapport, −1 quand ils sont inversés${withGold ? ' ; dernière colonne\u202f: si le mot le plus fort de la méthode est celui de l’alignement de référence' : ''}`,
  goldColumn: 'Désigne le mot de référence',
  pointsAtGold: (hit) => (hit === null ? 'pas de lien de référence' : hit ? 'oui' : 'non'),

  file: {
    attribution: 'attribution',
    heads: 'têtes',
    scoreboard: 'tableau des alignements',
    decision: 'où se décide il ou elle',
  },

  sublayerTitles: {
    enc: 'Self-attention de l’encodeur',
    'dec-self': 'Self-attention du décodeur',
    'dec-cross': 'Attention encodeur-décodeur',
  },
  sublayers: {
    enc: 'self-attention de l’encodeur',
    'dec-self': 'self-attention du décodeur',
    'dec-cross': 'attention encodeur-décodeur',
  },
  head: (sublayer, layer, head) => `${sublayer}, couche ${layer}, tête ${head}`,
  sublayerOfLayer: (sublayer, layer) => `${sublayer} de la couche ${layer}`,

  effectCaption: (word, probability) =>
    `Variation de p(«\u00a0${word}\u00a0») = ${number(probability)} quand on éteint chaque tête seule`,
  effectNote:
    'Une barre foncée est une baisse de la probabilité du mot, une barre bleue une hausse\u202f; la plus haute est la plus grande variation. Chaque barre est aussi l’interrupteur de sa tête\u202f: appuyez dessus pour éteindre cette tête sur toute la page.',
  effectColumn: 'variation de probabilité',

  scoreboardHeading: 'Un palmarès de l’alignement',
  scoreboardIntro: (live) => (
    <>
      Un alignement de référence relie chaque mot de sortie au mot source qu’il traduit, comme le
      tracerait une personne&#8239;: «&nbsp;pomme&nbsp;» à «&nbsp;apple&nbsp;». Une tête est{' '}
      <em>alignée avec le mot de référence</em> pour un mot de sortie quand, au moment d’écrire ce
      mot, le mot source auquel elle donne le plus de poids est l’un de ceux que l’alignement de
      référence lui relie. Chaque barre est la part des mots de sortie pour lesquels c’était le cas
      sur les phrases de test, mesurée à l’entraînement du modèle
      {live ? '\u202f; le trait qui la traverse est la même part sur la phrase ci-dessus' : ''}.
    </>
  ),
  scoreboardCaveat:
    'Bien s’aligner ne fait pas d’une tête celle dont la traduction a besoin. Les mots qu’elle repère n’atteignent le mot suivant qu’à travers ses valeurs et les couches qui suivent\u202f; une autre tête, ou les mots déjà écrits par le décodeur, peuvent porter la même information, et une tête qui regarde ailleurs peut porter ce qui compte (où finit la phrase, si «\u00a0it\u00a0» devient il ou elle). Appuyez sur une tête pour l’éteindre et regardez la traduction ci-dessus\u202f: c’est cela, et non son score, qui dit si elle était nécessaire.',
  noGold:
    'La phrase ci-dessus n’est pas une des phrases du billet avec sa propre traduction\u202f: il n’y a donc pas d’alignement de référence pour la noter, seuls les scores du jeu de test sont affichés.',
  scoreboardCaption: (testSplit, live) =>
    `À quelle fréquence chaque tête encodeur-décodeur regarde surtout le mot source de l’alignement de référence\u202f: ${testSplit ? 'barres sur le jeu de test' : 'pas de score du jeu de test pour ce modèle'}${live ? ', un trait pour la phrase ci-dessus' : ''}`,
  scoreboardKey: (live) =>
    `Barre bleue et nombre\u202f: le jeu de test. ${live ? 'Trait noir\u202f: la phrase ci-dessus. ' : ''}Une bordure épaisse marque la meilleure tête de chaque couche\u202f; une bordure en tirets, une tête éteinte.`,
  decoderLayer: (layer) => `Couche ${layer} du décodeur`,
  scoreboardHead: (layer, head) =>
    head === null
      ? `couche ${layer} du décodeur, moyenne des têtes`
      : `couche ${layer} du décodeur, tête ${head}`,
  averagedShort: 'moy.',
  testSplitScore: (score) => `jeu de test ${score}`,
  sentenceScore: (score) => `cette phrase ${score}`,
  bestHead: 'la meilleure tête de la couche',
  switchTitle: (off) =>
    off ? 'Éteinte\u202f: appuyez pour la rallumer' : 'Appuyez pour éteindre cette tête',
  showTable: 'Afficher les scores sous forme de tableau',
  hideTable: 'Masquer les scores',
  scoreColumns: { head: 'Tête', testSplit: 'Jeu de test', sentence: 'Cette phrase' },
  best: ' (meilleure)',
  percent: (share) => `${Math.round(share * 100)}\u00a0%`,
  outOf: (correct, counted, share) => `${correct} sur ${counted} (${share})`,
  noGoldWord: 'aucun mot relié à la référence',

  compactCaption: (word) =>
    `Mots source qui ont décidé de «\u00a0${word}\u00a0», selon deux méthodes`,
  compactOtherRun:
    'Les mots source qui ont décidé de chaque mot ne sont calculés que pour la phrase de la zone de saisie.',
  compactFailed: (word) =>
    `Impossible de calculer quels mots source ont décidé de «\u00a0${word}\u00a0».`,
  compactWorking: (word) => `Recherche des mots source qui ont décidé de «\u00a0${word}\u00a0»…`,
  compactRow: (method, word) => (
    <>
      {method}&#8239;: <strong>{word}</strong>
    </>
  ),
  seeEveryMethod: (word, section) =>
    `Voir toutes les méthodes pour «\u00a0${word}\u00a0» dans «\u00a0${section}\u00a0» ↓`,

  decisionHeading: 'Où se décide «\u00a0il\u00a0» ou «\u00a0elle\u00a0»\u202f?',
  decisionIntro:
    '«\u00a0The animal didn’t cross the street because it was too tired\u00a0»\u202f: ici, «\u00a0it\u00a0» désigne l’animal, et le français dit «\u00a0il\u00a0». Remplacez «\u00a0tired\u00a0» par «\u00a0wide\u00a0» et «\u00a0it\u00a0» désigne la rue, donc «\u00a0elle\u00a0». Le modèle doit choisir entre les deux à un mot précis de sa traduction. Ici, il traduit les deux phrases, puis éteint tour à tour chaque tête et chaque sous-couche d’attention, et mesure à quel point chacune pousse le choix vers l’autre pronom. Une barre vers la droite pousse vers «\u00a0il\u00a0», vers la gauche vers «\u00a0elle\u00a0».',
  findDecision: 'Trouver où ce modèle décide',
  deciding: 'Extinction de chaque tête à tour de rôle, pour les deux phrases…',
  decisionCaption: (cues) =>
    `Où ce modèle choisit entre «\u00a0il\u00a0» et «\u00a0elle\u00a0»\u202f: ${cues.map((cue) => `«\u00a0too ${cue}\u00a0»`).join(' et ')}, chaque tête et chaque sous-couche éteinte à tour de rôle`,
  decisionComputed: (ms) =>
    `Calculé en ${number(ms)} ms dans le worker. «\u00a0Éteindre\u00a0» éteint cette tête sur toute la page\u202f: la traduction ci-dessus change avec elle.`,
  twinLabel: (cue) => `La phrase avec «\u00a0${cue}\u00a0»`,
  twinHeading: (cue) => `«\u00a0… too ${cue}\u00a0»`,
  odds: (il, elle) => `p(il) = ${number(il)}, p(elle) = ${number(elle)}`,
  decisionLegend:
    'Barres bleues, vers la gauche\u202f: vers «\u00a0elle\u00a0». Barres foncées, vers la droite\u202f: vers «\u00a0il\u00a0». Les longueurs sont des variations de log p(il) − log p(elle).',
  headsNote:
    'Les têtes qui font le plus bouger le choix quand on les éteint seules («\u00a0enc-déc 2.8\u00a0» est l’attention encodeur-décodeur, couche 2, tête 8)\u202f:',
  headShort: { enc: 'enc', 'dec-self': 'déc self', 'dec-cross': 'enc-déc' },
  sublayersNote: 'Sous-couches entières éteintes (toutes leurs têtes)\u202f:',
  sourceNote: 'Mots source (gradient × entrée)\u202f:',
  headsTable: (cue) =>
    `Variation de log p(il) − log p(elle) pour «\u00a0${cue}\u00a0», chaque tête éteinte seule`,
  sublayersTable: (cue) =>
    `Variation de log p(il) − log p(elle) pour «\u00a0${cue}\u00a0», chaque sous-couche éteinte`,
  sourceTable: (cue) =>
    `Gradient × entrée de log p(il) − log p(elle) sur les mots source, «\u00a0${cue}\u00a0»`,
  changeColumn: 'variation vers il (+) ou elle (−)',
  towardColumn: 'vers il (+) ou elle (−)',
  switchLabel: (off, head) => `${off ? 'Rallumer' : 'Éteindre'} ${head}`,
  switchButton: (off) => (off ? 'éteinte' : 'éteindre'),

  noPronounAtAll:
    'Aucune des deux traductions n’écrit «\u00a0il\u00a0» ou «\u00a0elle\u00a0»\u202f: il n’y a donc pas de choix entre eux à retracer.',
  noPronoun: (cue) => `Pour «\u00a0${cue}\u00a0», la traduction n’a pas de pronom.`,
  flip: (from, to, cue) => `«\u00a0${from}\u00a0» en «\u00a0${to}\u00a0» pour «\u00a0${cue}\u00a0»`,
  turns: (flips) => `change ${flips.join(' et ')}`,
  carried: (cue, written, sublayer, flipped) =>
    `Pour «\u00a0${cue}\u00a0», le modèle écrit «\u00a0${written}\u00a0»\u202f; la partie qui porte le plus ce choix est ${the(sublayer)}\u202f: éteindre toutes ses têtes ` +
    (flipped ? `${flipped}.` : `affaiblit le choix mais ne change pas le pronom.`),
  shared:
    'Aucune tête ne pousse à elle seule les deux phrases vers l’autre pronom\u202f: le choix est partagé.',
  topHead: (head, flipped) =>
    `La tête qui pousse le plus les deux phrases vers l’autre pronom est celle de ${the(head)}\u202f: l’éteindre seule ` +
    (flipped
      ? `${flipped}.`
      : `rapproche les deux phrases de l’autre pronom sans en changer aucune\u202f: aucune tête ne décide seule.`),
};
