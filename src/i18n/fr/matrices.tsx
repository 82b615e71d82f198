/** French text of Matrix Calculation and Many Heads. */
import { Formula } from '../../components/Formula';
import type { Catalogue } from '../en';

export const matrices: Catalogue['matrices'] = {
  waiting: 'Les matrices apparaîtront ici dès que le modèle aura lu une phrase.',

  kinds: {
    'encoder-self': 'Self-attention de l’encodeur',
    'decoder-self': 'Self-attention du décodeur (masquée)',
    'decoder-cross': 'Attention encodeur-décodeur',
  },
  kindFiles: {
    'encoder-self': 'self-attention-encodeur',
    'decoder-self': 'self-attention-décodeur',
    'decoder-cross': 'attention-encodeur-décodeur',
  },
  fileName: 'matrices',
  layerPlace: (layer) => `couche ${layer}`,
  place: (layer, head) => `couche ${layer}, tête ${head}`,

  attentionControl: 'Attention',
  layerControl: 'Couche',
  headControl: 'Tête',
  headButton: (head) => `tête ${head}`,

  calculationIntro: (rows, dModel, paperDModel) => (
    <>
      Travailler mot par mot permet de comprendre l’idée, mais le modèle traite tous les mots à la
      fois. On empile les vecteurs des tokens comme les lignes d’une seule matrice X, et un seul
      produit matriciel donne toutes les requêtes&#8239;: la ligne i de Q est la requête du token i.
      Avec votre phrase, X mesure {rows} × {dModel}&#8239;: {rows} tokens de d_model = {dModel}{' '}
      nombres chacun (les vecteurs de l’article en ont {paperDModel}). Il en va de même pour les
      clés et les valeurs.
    </>
  ),
  qkvFile: 'x fois w',
  qkvCaption: (kind, place) =>
    `${kind}, ${place}\u202f: Q, K et V calculées pour tous les tokens à la fois, X × W + b.`,
  qkvWeights: 'W^Q, W^K, W^V \\text{ et leurs biais}',
  formulaIntro:
    'Une fois Q, K et V obtenues, les scores, la mise à l’échelle, le softmax et la somme pondérée des valeurs tiennent en une ligne. Chaque ligne de chacune des matrices ci-dessous correspond à un token, et la dernière, Z, contient la sortie de la tête pour tous les tokens à la fois.',
  attentionFile: 'attention',
  attentionCaption: (kind, place) =>
    `${kind}, ${place}\u202f: softmax(QKᵀ/√d_k)V pour tous les tokens à la fois.`,

  headsIntro: (dModel, heads, headSize) => (
    <>
      Une tête donne à chaque token une seule façon de pondérer les autres. L’article fait
      travailler plusieurs têtes en parallèle, chacune avec ses propres <Formula tex="W^Q" />,{' '}
      <Formula tex="W^K" /> et <Formula tex="W^V" />, si bien que chacune peut repérer un type de
      relation différent entre les mots. Chaque tête travaille dans un espace plus petit, de d_k =
      d_model / h = {dModel} / {heads} = {headSize} nombres&#8239;: toutes les têtes réunies coûtent
      donc à peu près autant qu’une seule tête de pleine largeur.
    </>
  ),
  everyHeadFile: 'toutes les têtes',
  everyHeadCaption: (kind, place) =>
    `${kind}, ${place}\u202f: les Q, K et V propres à chaque tête.`,
  headOutputsIntro: (
    <>
      Chaque tête effectue ensuite le même calcul,{' '}
      <Formula tex="\mathrm{softmax}(QK^T/\sqrt{d_k})\,V" />, sur ses propres Q, K et V, et en tire
      sa propre matrice <Formula tex="Z_i" />
      &#8239;: une ligne par token, et autant de matrices que de têtes.
    </>
  ),
  headOutputsFile: 'sorties des têtes',
  headOutputsCaption: (kind, place) =>
    `${kind}, ${place}\u202f: la sortie Z_i de chaque tête, une ligne par token.`,
  concatIntro: (
    <>
      Le réseau feed-forward qui suit attend un vecteur par token, et non un par tête et par token.
      On place donc les <Formula tex="Z_i" /> côte à côte dans une seule matrice, puis une matrice
      apprise de plus, <Formula tex="W^O" />, les combine en un seul vecteur par token.
    </>
  ),
  concatFile: 'concaténation fois wo',
  concatCaption: (kind, place) =>
    `${kind}, ${place}\u202f: les sorties des têtes côte à côte, multipliées par W^O, donnent un vecteur par token.`,
  outputWeights: 'W^O \\text{ et } b^O',
  recapIntro: 'Une couche d’attention multi-têtes complète, où chaque matrice est réelle\u202f:',
  recapFile: 'récapitulatif',
  recapCaption: (kind, place) =>
    `${kind}, ${place}\u202f: la couche d’attention multi-têtes complète, chaque matrice est réelle.`,

  weightsNote: (names) => (
    <>
      Les matrices de poids ({names}) sont des nombres appris qui restent dans le moteur et que
      cette page ne charge pas&#8239;: elles apparaissent donc comme des cadres en pointillés de
      leur taille réelle. Toutes les autres matrices sont les propres sorties du modèle pour votre
      phrase.
    </>
  ),

  shape: (symbol, shape, paper) => `${symbol}\u202f: ${shape} (article\u202f: ${paper})`,
  paperShape: (paper) => `(article\u202f: ${paper})`,
  showNumbers: 'Afficher les nombres',
  hideNumbers: 'Masquer les nombres',
  showMatrix: (symbol) => `Afficher ${symbol}`,

  missing: (symbol, rows, cols) =>
    `${symbol}\u202f: ${rows} × ${cols}\u202f; ses nombres ne sont pas chargés sur cette page`,
  masked: '−∞ (masqué)',
  gridLabel: (symbol, rows, cols, min, max) =>
    `${symbol}\u202f: ${rows} lignes sur ${cols} colonnes, valeurs de ${min} à ${max}. Utilisez les flèches du clavier pour lire les valeurs.`,
  weightLegend: 'poids d’attention',
  valueLegend: (symbol) => `valeur dans ${symbol}`,
  everyHeadLegend: (name) => `valeur dans ${name}, toutes têtes confondues`,
  panelLabel: (head, describe) => `tête ${head}\u202f: ${describe}`,

  readoutPrompt: (results, left) =>
    `Cliquez sur une case de ${results} pour voir de quelle ligne de ${left} et de quelle colonne des poids elle provient.`,
  readoutSum: (token, left, col, weight, bias) =>
    `= ligne ${token} de ${left} · colonne ${col} de ${weight} + ${bias}[${col}] `,
  readoutNotLoaded: (value, inner) => (
    <>
      = {value}. Les poids ne sont pas chargés sur cette page&#8239;: la somme des {inner} produits
      n’est donc pas refaite ici.
    </>
  ),
  readoutRedone: (recomputed, inner, value) => (
    <>
      = {recomputed}, la somme des {inner} produits refaite à partir des nombres ci-dessus&#8239;;
      le moteur avait calculé {value}.
    </>
  ),

  qkvExplanation: (n, input, cross) => (
    <>
      <Formula tex={`Q_{${n}} = ${input}\\,W^Q_{${n}} + b^Q_{${n}}`} />
      &#8239;: chaque nombre de <Formula tex={`Q_{${n}}`} /> est le produit d’une ligne de{' '}
      <Formula tex={input} /> par une colonne de <Formula tex={`W^Q_{${n}}`} />, plus un nombre du
      biais. Les lignes de <Formula tex={input} /> sont{' '}
      {cross ? 'les tokens du décodeur' : 'les tokens'}, donc celles de <Formula tex={`Q_{${n}}`} />{' '}
      aussi. <Formula tex="K" /> et <Formula tex="V" /> s’obtiennent de la même façon
      {cross ? ', à partir de la sortie M de l’encodeur (ci-dessous)' : ''}.
    </>
  ),
  qkvSummary: (input, tokens, dModel, head, results) =>
    `${input} (${tokens} tokens × ${dModel}) multiplié par les poids de la tête ${head} donne ${results}`,
  decoderInput: 'X, les vecteurs du décodeur,',
  encoderInput: 'M, la sortie de l’encodeur,',
  keysAndValues: 'K et V',
  allThree: 'Q, K et V',
  crossKeysNote:
    'K et V proviennent de M, la sortie de l’encodeur\u202f: une ligne par token source.',

  paperRoot: '\\text{article\\,: } \\sqrt{64} = 8',
  scoresNote: (n, root, masked) => (
    <>
      Chaque ligne de <Formula tex={`S_{${n}}`} /> contient les scores d’une requête face à toutes
      les clés, divisés par <Formula tex="\sqrt{d_k}" /> = {root} pour rester dans une plage où le
      softmax a encore un gradient.
      {masked &&
        ' Dans le décodeur, un token ne peut pas regarder les tokens suivants\u202f: ces scores sont mis à −∞ (hachurés) avant le softmax, qui en fait des poids nuls.'}{' '}
      Le softmax transforme chaque ligne en poids positifs dont la somme vaut 1&#8239;:
    </>
  ),

  headsNote: (heads, dModel, headSize, tokens, paper) => (
    <>
      {heads} têtes ici ({paper.heads} dans l’article), donc {heads} jeux de{' '}
      <Formula tex="W^Q_i, W^K_i, W^V_i" />, chaque matrice mesurant {dModel} × {headSize}{' '}
      (article&#8239;: {paper.dModel} × {paper.headSize}). Chaque tête transforme les mêmes {tokens}{' '}
      vecteurs d’entrée en ses propres <Formula tex="Q_i, K_i, V_i" />
      &#8239;: {tokens} × {headSize} (article&#8239;: n × {paper.headSize}).
    </>
  ),
  headsDescribe: (tokens, headSize) => `ses Q, K et V, de ${tokens} × ${headSize} chacune`,
  outputsNote: (heads, tokens, headSize, paperHeads, paperHeadSize) => (
    <>
      {heads} têtes, donc {heads} matrices <Formula tex={`Z_1, \\ldots, Z_{${heads}}`} /> (l’article
      en a {paperHeads}). Le billet compte à partir de 0 et nomme ses {paperHeads} sorties{' '}
      <Formula tex={`Z_0, \\ldots, Z_{${paperHeads - 1}}`} />. Chacune mesure {tokens} × {headSize}{' '}
      (article&#8239;: n × {paperHeadSize})&#8239;: pour chaque token, ce que cette tête a recueilli
      auprès des autres.
    </>
  ),
  outputsDescribe: (tokens, headSize) => `sa sortie Z, de ${tokens} × ${headSize}`,

  concatLabel: (heads, tokens, dModel) =>
    `Les sorties des ${heads} têtes côte à côte, ${tokens} × ${dModel}, multipliées par W^O (${dModel} × ${dModel}), plus b^O, donnent Z, ${tokens} × ${dModel}`,
  concatExplanation: (heads, headSize, dModel) => (
    <>
      <Formula tex={`Z = \\mathrm{Concat}(Z_1, \\ldots, Z_{${heads}})\\, W^O + b^O`} />
      &#8239;: les sorties des {heads} têtes, de {headSize} colonnes chacune, sont placées côte à
      côte ({heads} × {headSize} = {dModel} colonnes). <Formula tex="W^O" /> mélange ensuite ce
      qu’ont trouvé les têtes en un seul vecteur de {dModel} nombres par token.
    </>
  ),

  inputDescription: (kind, below) =>
    kind === 'decoder-cross'
      ? 'X, les vecteurs du décodeur après sa self-attention, et M, la sortie de l’encodeur'
      : below === 0
        ? 'X, l’embedding de chaque token auquel s’ajoute son signal de position'
        : `X, la sortie de la couche ${below} ${kind === 'encoder-self' ? 'de l’encodeur' : 'du décodeur'} (le billet l’appelle R)`,
  recapInput: (input, n, dModel, paperDModel) => (
    <>
      L’entrée&#8239;: {input}&#8239;: {n} × {dModel} (article&#8239;: n × {paperDModel}).
    </>
  ),
  recapHeads: (heads, dModel, headSize, paper) => (
    <>
      Elle est envoyée à chacune des {heads} têtes (article&#8239;: {paper.heads}), chacune avec ses
      propres <Formula tex="W^Q_i, W^K_i, W^V_i" />
      &#8239;: {dModel} × {headSize} chacune (article&#8239;: {paper.dModel} × {paper.headSize}).
    </>
  ),
  recapEachHead: (headSize, paperHeadSize) => (
    <>
      Chaque tête obtient ses propres <Formula tex="Q_i, K_i, V_i" />, larges de {headSize} colonnes
      (article&#8239;: {paperHeadSize}), ses poids{' '}
      <Formula tex="A_i = \mathrm{softmax}(Q_i K_i^T / \sqrt{d_k})" /> et sa sortie{' '}
      <Formula tex="Z_i = A_i V_i" />.
    </>
  ),
  recapOutput: (heads, n, dModel) => (
    <>
      Les {heads} sorties côte à côte, multipliées par <Formula tex="W^O" />, plus{' '}
      <Formula tex="b^O" />, donnent <Formula tex="Z" />
      &#8239;: {n} × {dModel}, un vecteur par token pour le réseau feed-forward.
    </>
  ),
  headHeading: '\\text{tête } i',
  recapLabel: (layer, tokens, heads, paperHeads, dModel) =>
    `Attention multi-têtes de la couche ${layer}\u202f: ${tokens} vecteurs de tokens passent par ${heads} têtes (article\u202f: ${paperHeads}), chacune avec ses propres poids, et en ressortent sous la forme d’une seule matrice Z de ${tokens} × ${dModel}`,
};
