/** French text of The Decoder Side and Greedy vs Beam. */
import { number } from './numbers';
import type { Catalogue } from '../en';

export const decoding: Catalogue['decoding'] = {
  waiting: 'Les étapes du décodeur apparaîtront ici dès qu’une traduction aura été calculée.',
  intro: (
    <>
      L’encodeur lit une seule fois toute la phrase source. Dans chaque couche du décodeur,
      l’attention encodeur-décodeur transforme la sortie de la dernière couche de l’encodeur en clés
      K et en valeurs V&#8239;: chaque couche du décodeur peut ainsi regarder chaque mot de la
      source. Le décodeur écrit ensuite la traduction un mot à la fois&#8239;: à chaque étape, il
      lit <code>&lt;bos&gt;</code> et les mots qu’il a déjà écrits, puis la couche linéaire finale
      et le softmax choisissent le mot suivant. Ce mot est renvoyé en entrée pour l’étape d’après,
      jusqu’à ce que le modèle écrive <code>&lt;eos&gt;</code>.
    </>
  ),
  sizes: (layers, paperLayers, vocabulary) =>
    `Couches du décodeur\u202f: ${layers} ici, ${paperLayers} dans l’article. Vocabulaire de sortie\u202f: ${vocabulary} mots ici\u202f; l’exemple du billet en compte 10\u202f000.`,
  maskHeading: 'Le décodeur n’a pas le droit de regarder en avant',
  maskIntro:
    'Pendant l’entraînement, le décodeur lit d’un coup toute la phrase cible\u202f: sa self-attention ne doit donc pas laisser une position voir les mots qui la suivent. Avant le softmax, le score de chaque position ultérieure est mis à −∞\u202f; après, le poids de cette position vaut exactement zéro. Au moment de traduire, les mots suivants n’existent pas encore, et le masque donne les mêmes nombres\u202f: la ligne t des matrices ci-dessous est ce que l’étape t a calculé.',
  alignmentHeading: 'Quels mots source chaque mot de sortie a regardés',
  alignmentIntro: (tryIt) => (
    <>
      Chaque ligne est un mot de sortie, chaque colonne un mot source. Une case indique la part de
      l’attention encodeur-décodeur de ce mot de sortie qui est allée vers ce mot source. Essayez{' '}
      {tryIt}&#8239;: en français, l’adjectif suit le nom, et les liens les plus forts d’un modèle
      entraîné devraient se croiser. La phrase sous la figure dit ce que montrent vraiment les
      nombres affichés.
    </>
  ),

  player:
    'Lecteur du décodage\u202f: les flèches gauche et droite avancent ou reculent d’une étape, la barre d’espace lance ou met en pause',
  firstLabel: 'Première étape',
  first: '«\u00a0Début',
  backLabel: 'Reculer d’une étape',
  back: '‹ Précédent',
  play: '▶ Lecture',
  pause: '⏸ Pause',
  nextLabel: 'Étape suivante',
  next: 'Suivant ›',
  lastLabel: 'Dernière étape',
  last: 'Fin\u00a0»',
  stepStatus: (presented, step, count, word) => (
    <>
      {presented ? `Mot ${step} sur ${count}` : `Étape ${step} sur ${count}`}&#8239;: écrit{' '}
      <strong>{word}</strong>
    </>
  ),
  stepButton: (step, word) => `Étape ${step}\u202f: ${word}`,
  pickerLabel: (label) => `${label}\u202f:`,

  sublayers: {
    self: 'Self-attention',
    maskedSelf: 'Self-attention masquée',
    cross: 'Attention encodeur-décodeur',
    ffn: 'Feed-forward',
  },
  encoderLayer: (layer) => `Encodeur ${layer}`,
  decoderLayerBox: (layer) => `Décodeur ${layer}`,
  memory: 'Sortie de l’encodeur → K, V (calculées une fois)',
  linear: (vocabulary) => `Linéaire → ${vocabulary} logits, un par mot`,
  softmax: 'Softmax → une probabilité pour chaque mot',
  onlyPosition: (position) => `seule la position ${position} continue`,
  diagramSummary: (step, count, source, layers, read, emitted) =>
    `Étape de décodage ${step} sur ${count}. L’encodeur a lu «\u00a0${source}\u00a0»\u202f; sa sortie donne les clés et les valeurs des ${layers} couches du décodeur. Le décodeur lit «\u00a0${read}\u00a0» et écrit «\u00a0${emitted}\u00a0».`,

  file: {
    decoder: 'décodeur',
    causalMask: 'masque-causal',
    alignment: 'alignement',
    beamSearch: 'recherche-en-faisceau',
    step: (step) => `étape ${step}`,
    decoderLayer: (layer) => `couche ${layer} du décodeur`,
    head: (head) => `tête ${head}`,
    headsAveraged: 'moyenne des têtes',
    beamSize: (size) => `faisceau de ${size}`,
    tree: 'arbre',
    translations: 'traductions',
  },

  where: (layer, head) => `couche ${layer} du décodeur, tête ${head}`,
  maskCaption: (where) =>
    `Le masque du décodeur, ${where}\u202f: scores mis à l’échelle avant le softmax (−∞ au-dessus de la diagonale) et poids d’attention après (0 à ces endroits).`,
  beforeSoftmax: (where, n) =>
    `Avant le softmax\u202f: scores mis à l’échelle, ${where}  [${n} × ${n}]`,
  afterSoftmax: (where, n) => `Après le softmax\u202f: poids d’attention, ${where}  [${n} × ${n}]`,
  scoreLegend: 'q·k ÷ √d_k (hachures grises\u202f: −∞, masqué)',
  weightLegend: 'poids d’attention',
  maskCheck: (minusInfinity, future, zeros, step) => (
    <>
      Dans ces nombres, {minusInfinity} des {future} cases au-dessus de la diagonale valent −∞ avant
      le softmax, et {zeros} des {future} poids à ces endroits valent exactement 0 après&#8239;: e
      <sup>−∞</sup> = 0. La ligne encadrée {step} est la requête de l’étape {step}&#8239;; elle ne
      peut regarder que les positions 1 à {step}, les mots déjà écrits.
    </>
  ),

  alignmentHeads: (head) => (head === null ? 'moyenne de toutes les têtes' : `tête ${head}`),
  alignmentCaption: (layer, heads, rows, cols) =>
    `Attention encodeur-décodeur, couche ${layer} du décodeur, ${heads}  [${rows} × ${cols}]`,
  alignmentLegend: 'part de l’attention du mot de sortie (chaque ligne a pour somme 1)',
  noLink: 'Ici, aucun mot de sortie n’a son lien le plus fort vers un mot source.',
  strongestLinks: (links, more) =>
    `Lien le plus fort de chaque mot de sortie\u202f: ${links.join(', ')}` +
    (more > 0 ? `, et ${more} de plus dans la figure.` : '.'),
  keepsOrder: 'Ces liens respectent l’ordre des mots de la source.',
  crosses: (later, earlier, laterSource, earlierSource) =>
    `L’ordre se croise\u202f: «\u00a0${later}\u00a0» vient après «\u00a0${earlier}\u00a0» mais regarde surtout «\u00a0${laterSource}\u00a0», qui vient avant «\u00a0${earlierSource}\u00a0» dans la source.`,

  layerPicker: 'Couche du décodeur',
  headPicker: 'Tête',
  layerPickerLabel: (name) => `${name}\u202f: couche du décodeur`,
  headPickerLabel: (name) => `${name}\u202f: tête`,
  averageOfHeads: (heads) => `moyenne des ${heads}`,

  beamIntro:
    'Le décodage glouton ne garde à chaque étape que le mot le plus probable, sans jamais revenir sur ce choix. Or un mot qui semble le meilleur maintenant peut mener plus tard à une phrase moins bonne. La recherche en faisceau (beam search) garde plusieurs traductions inachevées, le faisceau\u202f: à chaque étape, chacune propose ses mots suivants les plus probables, toutes les propositions sont notées ensemble, et seules les meilleures survivent. Celles qui sont terminées (par <eos>) sont mises de côté jusqu’à ce qu’il y en ait assez.',
  beamScore: (alpha) =>
    `Le score d’une hypothèse est sa log-probabilité totale divisée par sa longueur à la puissance α = ${number(alpha)} (la valeur de l’article)\u202f: ainsi, les phrases longues, qui multiplient davantage de probabilités, ne sont pas pénalisées pour leur seule longueur. L’article utilisait un faisceau de 4.`,
  decodingChoice: 'Décodage',
  greedy: 'glouton',
  beamSearch: 'recherche en faisceau',
  beamSize: 'largeur du faisceau',
  returned: 'traductions rendues',
  beamWaiting: 'La recherche apparaîtra ici dès qu’une traduction aura été calculée.',
  beamOff: (translation) =>
    `Cette traduction a été décodée de façon gloutonne\u202f: «\u00a0${translation}\u00a0». Choisissez la recherche en faisceau (ou changez la largeur du faisceau) pour voir les hypothèses qu’elle compare.`,

  treeSummary: (beamSize, hypotheses, steps, counts) =>
    `Arbre de la recherche en faisceau, largeur ${beamSize}\u202f: ${hypotheses} hypothèses notées en ${steps} étapes\u202f; ${counts.kept} gardées, ${counts.pruned} élaguées, ${counts.finished} terminées.`,
  start: 'début',
  status: { root: 'racine', kept: 'gardée', pruned: 'élaguée', finished: 'terminée' },
  nodeTitle: (word, step, status, logProb, score) =>
    `${word} (étape ${step})\u202f: ${status}\u202f; log-probabilité ${number(logProb)}, score ${number(score)}`,
  treeKey: (lengthPenalty, counts, mark) => (
    <>
      Chaque case&#8239;: le dernier mot d’une hypothèse et son score, log-probabilité ÷ longueur
      <sup>{number(lengthPenalty)}</sup>. {mark('kept', 'gardée')}&#8239;: poursuivie à l’étape
      suivante, {mark('pruned', 'élaguée')}&#8239;: sortie du faisceau,{' '}
      {mark('finished', 'terminée')}&#8239;: finie par &lt;eos&gt;&#8239;; les traits gras mènent
      aux traductions rendues. Ici&#8239;: {counts.kept} gardées, {counts.pruned} élaguées,{' '}
      {counts.finished} terminées.
    </>
  ),

  resultsFigure:
    'Les traductions rendues par la recherche en faisceau, du meilleur score au moins bon, et celle du décodage glouton.',
  resultsTable: 'Traductions rendues, du meilleur score au moins bon, et celle du décodage glouton',
  columns: {
    rank: 'rang',
    translation: 'traduction',
    logProbability: 'log-probabilité',
    length: 'longueur',
    score: 'score',
  },
  unfinished: ' (inachevée)',
  greedyRow: 'glouton',
  greedyAmongBeams: (rank) =>
    rank !== null ? ` (la même que le faisceau ${rank})` : ' (absente des faisceaux rendus)',
  greedyMissing:
    'Choisissez une fois le décodage glouton pour cette phrase pour voir son résultat ici.',
};
