/** French text of self-attention at a high level, in detail, many heads as lines, attention maps. */
import { comma } from './numbers';
import type { Catalogue } from '../en';

/** A weight as a reader reads it: two decimals, three when it is small. */
const weight = (value: number) => comma(value < 0.1 ? value.toFixed(3) : value.toFixed(2));

/** "1, 2 et 5". */
const list = (items: readonly (string | number)[]) =>
  items.length === 1 ? String(items[0]) : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;

const percent = (x: number) => `${Math.round(100 * x)}\u00a0%`;

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
const startsWithVowel = (text: string) => /^[aeiouyéèêh]/i.test(text);

/** "la self-attention …", "l’attention …": the article elided before a vowel. */
const theSublayer = (kind: string) =>
  startsWithVowel(kind) ? `l’${lowerFirst(kind)}` : `la ${lowerFirst(kind)}`;

/** "de self-attention …", "d’attention …". */
const ofKind = (kind: string) =>
  startsWithVowel(kind) ? `d’${lowerFirst(kind)}` : `de ${lowerFirst(kind)}`;

export const attention: Catalogue['attention'] = {
  waiting: 'La figure apparaîtra dès que le premier calcul sera terminé.',
  caveatTrained:
    'Les mots qu’une tête entraînée relie sont ceux qui l’ont aidée à traduire pendant l’entraînement\u202f: certaines têtes montrent un motif qu’une personne reconnaîtrait, beaucoup non.',
  caveatUntrained:
    'Ce modèle n’est pas entraîné\u202f: ses poids sont des nombres tirés au hasard, donc l’endroit où vont les lignes relève du hasard, pas de la compréhension. Le calcul, lui, est bien réel, et c’est l’entraînement qui donne un sens aux poids.',

  kinds: {
    'encoder-self': 'Self-attention de l’encodeur',
    'decoder-self': 'Self-attention du décodeur (masquée)',
    cross: 'Attention encodeur-décodeur',
  },
  kindPicker: 'Type d’attention',
  layer: 'Couche',
  head: 'Tête',
  firstHead: 'Première tête',
  secondHead: 'Deuxième tête',
  word: 'Mot',
  chosenWord: 'Mot choisi',
  numbered: (label, number) => `${label} ${number}`,

  file: {
    attention: 'attention',
    steps: 'self-attention-étapes',
    map: 'carte-attention',
    kinds: {
      'encoder-self': 'self-attention-encodeur',
      'decoder-self': 'self-attention-décodeur',
      cross: 'encodeur-décodeur',
    },
    layer: (layer) => `couche ${layer}`,
    head: (head) => `tête ${head}`,
    twoHeads: 'deux têtes',
    allHeads: 'toutes les têtes',
  },

  highLevelQuestion: (source) =>
    source === 'en'
      ? 'Dans la phrase du billet, «\u00a0the animal didn’t cross the street because it was too tired\u00a0» (l’animal n’a pas traversé la rue parce qu’il était trop fatigué), que désigne «\u00a0it\u00a0»\u202f: l’animal ou la rue\u202f? Un lecteur le sait tout de suite. Un modèle doit le déduire des autres mots, et l’auto-attention (self-attention) est sa façon de les rassembler.'
      : 'Le billet demande ce que désigne «\u00a0it\u00a0» dans «\u00a0the animal didn’t cross the street because it was too tired\u00a0». Ce modèle lit le français\u202f: la phrase est donc ici «\u00a0l’animal n’a pas traversé la rue parce qu’il était trop fatigué\u00a0», et la question devient\u202f: que désigne «\u00a0il\u00a0», l’animal ou la rue\u202f? Un lecteur le sait tout de suite (en français, le genre du pronom aide). Un modèle doit le déduire des autres mots, et l’auto-attention (self-attention) est sa façon de les rassembler.',
  highLevelHow:
    'Quand l’encodeur construit le nouveau vecteur d’un mot, il donne un poids à chaque mot de la phrase, y compris à ce mot lui-même\u202f: la part de ce mot qui entre dans le mélange. Les poids d’un mot sont positifs et leur somme vaut 1. Ci-dessous, la phrase est écrite deux fois\u202f: des lignes partent du mot choisi, à gauche, vers chaque mot, à droite, d’autant plus larges et foncées que le poids est grand. Cliquez sur un mot pour le suivre\u202f; choisissez une couche et une tête. Dans le billet, une tête de la dernière couche de l’encodeur d’un modèle entraîné envoie une grande part du poids de «\u00a0it\u00a0» vers «\u00a0the animal\u00a0».',
  highLevelCaption: (word, layer, head) =>
    `Attention de «\u00a0${word}\u00a0» vers chaque mot de la phrase, couche ${layer} de l’encodeur, tête ${head}\u202f: plus la ligne est large et foncée, plus le poids est grand.`,

  itHeadName: (layer, head) => `couche ${layer} de l’encodeur, tête ${head}`,
  itHeadFound: (name, sentences, resolves, meanWeight, flips) => (
    <>
      Dans ce modèle, la tête qui fait ce que montre le billet est la <strong>{name}</strong>. Sur{' '}
      {sentences.toLocaleString('fr-FR')} phrases de test contenant «&nbsp;it&nbsp;» (ou
      «&nbsp;they&nbsp;»), elle donne au nom que désigne «&nbsp;it&nbsp;» plus de poids qu’à tout
      autre nom dans {percent(resolves)} des cas, en moyenne {comma(meanWeight.toFixed(2))} de son
      poids&nbsp;; quand la raison change de sorte que «&nbsp;it&nbsp;» désigne l’autre nom (tired ↔
      wide), elle passe à ce nom dans {percent(flips)} des cas.
    </>
  ),
  itHeadGuided:
    'Cette tête a été guidée\u202f: pendant l’entraînement, une petite perte supplémentaire lui indiquait où «\u00a0it\u00a0» devait regarder (attention guidée, comme chez Strubell et al. 2018), car aucune tête ne l’apprenait en traduisant seulement.',
  itHeadGuidedCross: (layer, head) =>
    ` Une tête du décodeur l’a été aussi (couche ${layer}, tête ${head} de son attention sur l’anglais), pour regarder «\u00a0it\u00a0» en écrivant il ou elle.`,
  itHeadNoOtherGuided:
    'Aucune autre tête n’a été guidée\u202f: les autres têtes de l’encodeur montrent ce que la traduction seule leur a appris.',
  itHeadDropout: (oneIn) =>
    ` Pendant l’entraînement, chacune des autres têtes de l’attention sur l’anglais était aussi éteinte au hasard, pour environ une phrase sur ${oneIn}, mais jamais les têtes guidées (head dropout)\u202f: le modèle ne pouvait pas compter sur une autre tête pour faire leur travail.`,
  itHeadUnguided:
    'Aucune tête n’a reçu d’indication sur où regarder\u202f: celle-ci l’a appris en traduisant, sans plus.',
  itHeadAblation: (sentences, withHead, withoutHead) =>
    `La traduction s’en sert-elle\u202f? Sur ${sentences.toLocaleString('fr-FR')} phrases dont les deux noms sont de même nature mais de genres différents, de sorte que seul le sens peut choisir il ou elle, le modèle a raison dans ${percent(withHead)} des cas\u202f; avec cette tête éteinte, dans ${percent(withoutHead)}.`,
  itHeadUsed: 'La traduction s’appuie sur cette tête pour choisir il ou elle.',
  itHeadUnused:
    'La traduction se sert donc à peine de cette tête\u202f: le décodeur trouve il ou elle autrement, et ce qu’une tête regarde n’est pas toujours ce que le modèle utilise.',
  showThisHead: 'Montrer cette tête',
  itHeadOpenedHere:
    'La figure ci-dessus s’ouvre sur cette tête\u202f; les figures plus bas commencent à la couche 1, tête 1, jusqu’à ce que vous choisissiez une couche ou une tête dans l’une d’elles.',
  showThisHeadEverywhere: 'Montrer cette tête dans toutes les figures',
  noItHead: (name, sentences, resolves, meanWeight) => (
    <>
      Aucune tête de ce modèle ne fait ce que montre le billet. La plus proche est la{' '}
      <strong>{name}</strong>&nbsp;: sur {sentences.toLocaleString('fr-FR')} phrases de test où un
      pronom désigne l’un de deux noms, elle donne à ce nom plus de poids qu’aux autres noms dans
      seulement {percent(resolves)} des cas, guère mieux qu’un choix au hasard, avec en moyenne{' '}
      {comma(meanWeight.toFixed(2))} de son poids.
    </>
  ),
  noItHeadWhy:
    'Ce modèle lit le français et écrit l’anglais, où il et elle deviennent tous deux «\u00a0it\u00a0» (et ils, elles «\u00a0they\u00a0»). Pour traduire le pronom, il n’a jamais besoin de savoir quel nom il désigne\u202f: rien, dans son entraînement, n’a poussé une tête à le chercher. Le modèle qui écrit le français doit choisir entre il et elle, et chez lui une tête trouve bien le nom.',
  showClosestHead: 'Montrer la tête la plus proche',
  showEnglishModel: 'Montrer la figure du billet avec le modèle anglais → français',

  detailIntro:
    'Voici le même calcul pour un seul mot, étape par étape. Le billet suit «\u00a0Thinking\u00a0» dans une phrase de deux mots, avec des nombres inventés\u202f; ici, vous suivez n’importe quel mot de votre phrase à travers une tête d’une couche de l’encodeur, et chaque nombre est celui du modèle. Survolez une case colorée pour lire sa valeur.',
  detailCaption: (word, layer, head) =>
    `La self-attention pour «\u00a0${word}\u00a0», étape par étape, dans la couche ${layer} de l’encodeur, tête ${head}.`,
  stepsLabel: (word) =>
    `La self-attention pour «\u00a0${word}\u00a0», étape par étape. Les flèches gauche et droite du clavier passent d’une étape à l’autre.`,
  stepTitles: [
    'Requêtes, clés et valeurs',
    'Un score pour chaque mot',
    'Diviser par √d_k',
    'Softmax',
    'Pondérer les valeurs',
    'Somme\u202f: la sortie z',
  ],
  back: '← Précédent',
  next: 'Suivant →',
  stepOf: (step, count) => `Étape ${step} sur ${count}`,
  partOf: (part, count) => `Partie ${part} sur ${count}`,
  stepHeading: (position, title) => `${position}\u202f: ${title}`,

  qkvIntro: (word, layer, below, dModel, paperDModel, head, dk, paperDk) =>
    `x est «\u00a0${word}\u00a0» tel que le reçoit la couche ${layer} de l’encodeur${
      below === null
        ? '\u202f: son plongement (embedding) plus son signal de position'
        : `\u202f: la sortie de la couche ${below}`
    }, soit ${dModel} nombres (dans l’article\u202f: ${paperDModel}). La tête ${head} a ses trois propres matrices apprises, chacune de ${dModel} × ${dk} (dans l’article\u202f: ${paperDModel} × ${paperDk}). Multiplier x par chacune, puis ajouter un biais, donne trois vecteurs plus courts de ${dk} nombres.`,
  xName: (word) => `x («\u00a0${word}\u00a0»)`,
  roles: {
    q: 'requête (query)\u202f: ce que ce mot cherche',
    k: 'clé (key)\u202f: ce que ce mot propose',
    v: 'valeur (value)\u202f: ce qu’il transmet',
  },
  eachOfX: 'chaque nombre de x',
  eachOfQkv: 'chaque nombre de q, k et v',

  vectorOf: (name, word) => `${name} («\u00a0${word}\u00a0»)`,
  weightedVector: (value, word) => `${value} × v («\u00a0${word}\u00a0»)`,
  columns: {
    word: 'mot j',
    key: 'clé k_j',
    score: 'score q · k_j',
    divide: (dk, root) => `÷ √${dk} = ${root}`,
    softmax: 'softmax',
    value: 'valeur v_j',
    weighted: 'softmax × v_j',
    sum: 'somme',
  },
  fourDecimals: (value) => comma(value.toFixed(4)),
  root: (value, digits) => (Number.isInteger(value) ? String(value) : comma(value.toFixed(digits))),
  eachOfQAndKeys: 'chaque nombre de q et des clés',
  eachOfValues: 'chaque nombre des valeurs, pondérées ou non',
  sumName: 'somme des valeurs pondérées',
  zName: (word) => `z («\u00a0${word}\u00a0»)`,
  eachOfSumAndZ: 'chaque nombre de Σ et de z',
  sumCheck: (word, traceName, head, gap) => (
    <>
      Σ additionne la dernière colonne ci-dessus&nbsp;; z est ce que le moteur a calculé pour
      «&nbsp;{word}&nbsp;» ({traceName}, tête {head}). Plus grand écart entre les deux&nbsp;:{' '}
      {comma(gap)}, l’arrondi du calcul sur 32 bits.
    </>
  ),

  stepScore: (word) =>
    `La requête de «\u00a0${word}\u00a0» correspond-elle bien à la clé de chaque mot\u202f? Le score est leur produit scalaire, q · k_j\u202f: on multiplie les deux vecteurs nombre par nombre et on additionne les produits. Plus le score est élevé, meilleure est la correspondance\u202f; «\u00a0${word}\u00a0» se donne aussi un score à lui-même.`,
  stepScale: (dk, root, paperRoot, paperDk) =>
    `Chaque score est divisé par √d_k, la racine carrée de la longueur des clés\u202f: √${dk} = ${root} dans ce modèle (${paperRoot} dans l’article, dont les clés ont ${paperDk} nombres). Des vecteurs plus longs donnent des produits scalaires plus grands\u202f; sans cette division, le softmax donnerait presque tout le poids à un seul mot et l’entraînement n’aurait que de minuscules gradients.`,
  stepSoftmax: (word, largest) =>
    `Le softmax transforme les scores divisés en poids\u202f: e à la puissance de chaque score, divisé par la somme de toutes ces puissances. Chaque poids est positif et leur somme vaut 1 (la ligne «\u00a0somme\u00a0»). Pour «\u00a0${word}\u00a0», ${largest}.`,
  stepWeigh:
    'Le vecteur valeur de chaque mot est multiplié par son poids. Un mot au poids élevé garde l’essentiel de sa valeur\u202f; un mot au poids faible s’efface vers zéro. Les deux colonnes partagent une même échelle de couleurs, pour que l’effacement se voie.',
  stepSum: (word, head) =>
    `L’addition des valeurs pondérées donne z, ce que la self-attention produit pour «\u00a0${word}\u00a0» dans la tête ${head}\u202f: un mélange des valeurs de tous les mots, dans les proportions des poids.`,
  postQkv: 'Dans le billet\u202f: x a 512 nombres\u202f; q, k et v en ont 64 chacun.',
  postChain: (upTo) =>
    `Dans le billet\u202f: ${['112, 96', '14, 12', '0,88, 0,12'].slice(0, upTo).join(' → ')}`,
  postWeigh: 'Dans le billet\u202f: 0,88 × v₁ et 0,12 × v₂.',
  postSum: 'Dans le billet\u202f: z₁ = 0,88 v₁ + 0,12 v₂.',

  weight,
  weighted: (token, value) => `«\u00a0${token}\u00a0» (${weight(value)})`,
  noLines: 'il n’y a aucune ligne à comparer',
  strongestLine: (first, rest) =>
    rest.length === 0
      ? `la ligne la plus forte va vers ${first}`
      : `la ligne la plus forte va vers ${first}, puis vers ${list(rest)}`,
  largestWeight: (first, rest) =>
    rest.length === 0
      ? `le plus grand poids va à ${first}`
      : `le plus grand poids va à ${first}, puis à ${list(rest)}`,
  nearlyEven: (peak, count) =>
    ` Toutes les lignes sont presque aussi larges les unes que les autres\u202f: le plus grand poids ne vaut que ${comma(peak.toFixed(1))} fois le 1/${count} que donnerait une répartition égale.`,
  peakTimesEven: (peak, count) =>
    ` Le plus grand poids vaut ${comma(peak.toFixed(1))} fois le 1/${count} que donnerait une répartition égale.`,
  times: (peak) => comma(peak.toFixed(1)),
  switchAHeadOn: 'Allumez une tête pour voir ses lignes.',
  headLabel: (head) => `Tête ${head}\u202f:`,
  summaryColumns: {
    head: 'tête',
    strongest: 'ligne la plus forte vers',
    weight: 'poids',
    even: (count) => `× une répartition égale (1/${count})`,
  },

  linesLabel: (word, layer, heads) =>
    `Attention de «\u00a0${word}\u00a0» vers chaque mot, couche ${layer} de l’encodeur, ${heads}. Cliquez sur un mot pour le choisir.`,
  oneHead: (head) => `tête ${head}`,
  headCount: (count) => `${count} têtes`,
  fromWord: (word, layer) =>
    `Depuis «\u00a0${word}\u00a0» dans la couche ${layer} de l’encodeur\u202f:`,
  weightsTable: (word, layer) =>
    `Poids d’attention depuis «\u00a0${word}\u00a0», couche ${layer} de l’encodeur (une ligne par tête affichée)`,
  headRow: (head) => `tête ${head}`,
  headWeight: (head, value) => `tête ${head}\u202f: ${value}`,
  lineTitle: (from, to, weights) => `«\u00a0${from}\u00a0» → «\u00a0${to}\u00a0»\u202f: ${weights}`,
  lineHeadTitle: (from, to, head, value) =>
    `«\u00a0${from}\u00a0» → «\u00a0${to}\u00a0», tête ${head}\u202f: ${value}`,
  chooseWord: (word) => `Choisir «\u00a0${word}\u00a0»`,
  lineKey:
    'Légende des lignes\u202f: plus une ligne est large et foncée, plus son poids d’attention est grand, de 0 à 1',
  lineKeyTitle: 'poids d’attention',
  sample: (value) => comma(String(value)),
  headsShown: 'Têtes affichées',

  manyHeadsIntro: (heads, dk, paperHeads, paperDk) =>
    `Chaque couche de ce modèle a ${heads} têtes, chacune travaillant sur des vecteurs de d_k = ${dk} nombres (dans l’article\u202f: ${paperHeads} têtes de ${paperDk}). Chaque tête a ses trois propres matrices, et peut donc pondérer les mots à sa façon. Dans le billet, une tête envoie «\u00a0it\u00a0» vers «\u00a0the animal\u00a0» tandis qu’une autre l’envoie vers «\u00a0tired\u00a0». Choisissez deux têtes pour tracer leurs lignes ensemble, chacune de la couleur de sa tête.`,
  manyHeadsCrowded:
    'Avec toutes les têtes tracées à la fois, l’image devient chargée, comme le reconnaît le billet. Éteignez et rallumez des têtes pour les comparer.',
  overlaidCaption: (word, layer, pair) =>
    `Attention de «\u00a0${word}\u00a0» dans la couche ${layer} de l’encodeur, ${pair ? 'deux têtes superposées' : 'toutes les têtes superposées'}, une couleur par tête.`,

  mapsIntro:
    'Les lignes montrent un mot à la fois. Une carte de chaleur (heatmap) montre toute une tête d’un coup\u202f: une ligne pour chaque mot qui interroge (la requête), une colonne pour chaque mot qu’il peut regarder (la clé), et dans chaque case le poids\u202f; la somme de chaque ligne vaut donc 1. Une ligne de la carte, c’est la vue en lignes de ce mot.',
  mapsGrid:
    'En dessous, chaque couche et chaque tête en petite carte\u202f: cliquez sur l’une d’elles pour la voir en grand\u202f; les autres figures suivent. Le décodeur a deux types d’attention de plus. Dans sa self-attention, chaque position de sortie ne regarde qu’elle-même et les positions précédentes. Dans l’attention encodeur-décodeur, chaque position de sortie regarde les mots de la phrase source.',
  weightsNotArrived: 'Les poids d’attention ne sont pas encore arrivés.',
  mapTitle: (kind, layer, head) => `${kind}, couche ${layer}, tête ${head}`,
  mapCaption: (title) =>
    `${title}\u202f: une ligne par requête, une colonne par clé, dans chaque case le poids\u202f; en dessous, chaque couche et chaque tête en petite carte.`,
  mapTable: (title, rows, cols, traceName) => `${title}  [${rows} × ${cols}], tiré de ${traceName}`,
  mapLabel: (title, rows, cols, row) =>
    `${title}\u202f: ${rows} mots requêtes sur ${cols} mots clés\u202f; ligne «\u00a0${row}\u00a0» choisie. Les flèches du clavier lisent les valeurs, Entrée choisit une ligne.`,
  mapLegend: (largest, kind) =>
    `poids d’attention (jusqu’à ${largest}, le plus grand de toutes les cartes ${ofKind(kind)})`,
  masked:
    'Les cases hachurées sont masquées\u202f: une position ne peut pas regarder les suivantes, qui n’avaient pas encore été produites. Leurs scores ont été mis à −∞ avant le softmax, si bien que leur poids vaut 0.',
  rowsSum: 'La somme de chaque ligne vaut 1. Cliquez sur une ligne pour choisir cette requête.',
  everyLayerAndHead: 'Toutes les couches et toutes les têtes',
  chooseOne: 'Toutes les couches et toutes les têtes\u202f: choisissez-en une',
  thumbLabel: (layer, head) => `Couche ${layer}, tête ${head}`,
  thumbCaption: (head) => `tête ${head}`,

  switchOff: 'Éteindre des têtes',
  switchWhy: (wo) => (
    <>
      Qu’apporte une tête&nbsp;? Éteignez-la et le modèle refait le calcul sans elle. La tête
      calcule toujours ses poids d’attention, que les figures continuent d’afficher, mais sa sortie
      Z est remplacée par des zéros avant que les têtes soient mises côte à côte&nbsp;: rien d’elle
      n’atteint {wo} ni la suite. La traduction et toutes les figures de la page montrent alors le
      modèle sans cette tête.
    </>
  ),
  switchExpect:
    'Un modèle entraîné traduit souvent tout aussi bien sans une tête, voire sans toutes les têtes d’une couche\u202f: la connexion résiduelle fait passer le vecteur de chaque mot à côté de l’attention, et les autres têtes et couches compensent ce qui manque. Les têtes du décodeur, qui regardent les mots déjà écrits et la phrase source, comptent souvent davantage.',
  whichSublayer: 'Les têtes de quelle sous-couche',
  sublayerLayer: (kind, layer) => `${kind}, couche ${layer}`,
  headsOf: (sublayer) => `Têtes de ${theSublayer(sublayer)}, allumées ou éteintes`,
  headsOn: 'Têtes allumées',
  headOf: (head, sublayer) => `Tête ${head} de ${theSublayer(sublayer)}`,
  switchAllOn: 'Rallumer toutes les têtes',
  everyHeadOn:
    'Toutes les têtes sont allumées\u202f: les figures montrent le modèle tel qu’il a été entraîné.',
  runWithout: (ablation) =>
    `Les figures montrent un calcul dans lequel ${ablation.charAt(0).toLowerCase()}${ablation.slice(1)}`,
  sublayers: {
    enc: 'self-attention de l’encodeur',
    'dec-self': 'self-attention du décodeur',
    'dec-cross': 'attention encodeur-décodeur',
  },
  oneHeadOff: (sublayer, layer, head) => `${sublayer}, couche ${layer}, tête ${head}`,
  headsOff: (sublayer, layer, heads) => `${sublayer}, couche ${layer}, têtes ${list(heads)}`,
  switchedOff: (count, parts) =>
    `${count === 1 ? '1 tête est éteinte' : `${count} têtes sont éteintes`}\u202f: ${parts.join('\u202f; ')}.`,
};
