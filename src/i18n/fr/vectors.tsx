/** French text of Tensors and Encoding: embeddings, the flow through a layer, residuals. */
import type { Catalogue } from '../en';

export const vectors: Catalogue['vectors'] = {
  encodingIntro:
    'Une couche de l’encodeur reçoit une liste de vecteurs, les fait passer par la self-attention, puis par le réseau feed-forward, et transmet le résultat à la couche suivante. Choisissez une couche\u202f: la première part des embeddings, et la sortie r de la dernière est ce que consulte le décodeur.',
  encodingCaption: (layer) =>
    `Couche ${layer} de l’encodeur, position par position\u202f: chaque x passe par la self-attention pour donner z, puis par le même réseau feed-forward pour donner r.`,
  encodingNext: (layer) =>
    `Les vecteurs r de la couche ${layer} sont les vecteurs x de la couche ${layer + 1}.`,
  encodingTop:
    'C’est la dernière couche de l’encodeur\u202f: ses vecteurs r vont à l’attention encodeur-décodeur de chaque couche du décodeur.',

  tensorsIntro: (dModel) =>
    `Un réseau calcule avec des nombres, pas avec des mots\u202f: la première étape consiste donc à chercher chaque mot dans une table de vecteurs appris, son embedding (plongement). Chaque token de votre phrase, y compris la marque de fin de phrase qu’ajoute le modèle, reçoit une ligne de ${dModel} nombres.`,
  onlyBottom:
    'Seul le premier encodeur voit les embeddings. Chaque encodeur reçoit une liste de vecteurs de même largeur, un par token, et transmet au-dessus une liste toute pareille\u202f: le plus bas reçoit les embeddings (auxquels on ajoute les positions, comme expliqué plus loin), les autres la sortie de la couche du dessous.',
  ownPath:
    'Dans une couche, chaque position suit son propre chemin. Les chemins ne se croisent que dans la self-attention, où le nouveau vecteur de chaque token est construit à partir de tous les autres. Le réseau feed-forward qui suit ne voit qu’un vecteur à la fois\u202f: il est dessiné une fois par position ci-dessous, et c’est exactement le même réseau, avec les mêmes poids, pour chaque position. C’est pourquoi toutes les positions peuvent le traverser en parallèle.',

  file: {
    embeddings: 'embeddings',
    tokens: (count) => `${count} tokens`,
    encoder: 'encodeur',
    layer: (layer) => `couche ${layer}`,
    flow: 'flux',
  },

  embeddingsLabel: (tokens, dModel) =>
    `Embeddings des ${tokens} tokens de la phrase source, ${dModel} nombres chacun`,
  embeddingsNote: (dModel, paperDModel, table, root) => (
    <>
      Chaque token devient un vecteur de d_model = {dModel} nombres (l’article en utilise{' '}
      {paperDModel}). Ce sont les lignes de {table}
      {'\u202f'}: l’embedding appris de chaque mot, multiplié par √d_model = {root} comme dans
      l’article. Pointez une case pour lire sa valeur.
    </>
  ),
  closeUp: (word, position) =>
    `Gros plan sur l’embedding de «\u00a0${word}\u00a0» (mot ${position})`,
  embeddingOf: (word, count) => `Embedding de «\u00a0${word}\u00a0»\u202f: ${count} nombres`,

  notComputed: (layer) => `La couche ${layer} de l’encodeur n’est pas encore calculée.`,
  encoderLayer: 'Couche de l’encodeur',
  encoderLayerPicker: 'Couche de l’encodeur\u202f:',
  flowLabel: (layer, positions) =>
    `Couche ${layer} de l’encodeur\u202f: ${positions} positions passent par la self-attention, puis chacune par son propre réseau feed-forward`,
  xIn: 'x (entrée)',
  rOut: 'r (sortie)',
  feedForward: 'Feed-forward',
  selfAttentionBlock: 'Self-attention\u202f: chaque position lit toutes les autres',
  stageWhy: {
    xFirst: 'les embeddings plus les encodages positionnels',
    xAbove: (layer) => `la sortie de la couche ${layer} de l’encodeur`,
    z: 'la sortie de la self-attention, avant l’ajout de la connexion résiduelle',
    r: 'la sortie de la couche après le dernier Add & Norm, ce que reçoit la couche suivante',
  },
  stageIs: (symbol, name, why) => (
    <>
      <strong>{symbol}</strong> est {name}, {why}.{' '}
    </>
  ),
  flowNorms:
    'En réalité, le réseau feed-forward lit LayerNorm(x + z), et r est de nouveau normalisé après sa propre connexion résiduelle\u202f: ces étapes Add & Norm sont omises ici et montrées dans la section sur les connexions résiduelles.',

  aroundAttention: 'Autour de la self-attention',
  aroundFeedForward: 'Autour du réseau feed-forward',
  residualLabel: (title, layer, token) =>
    `${title}, couche ${layer} de l’encodeur, token «\u00a0${token}\u00a0»`,
  residualHeading: (title, layer, token) =>
    `${title} (couche ${layer} de l’encodeur, «\u00a0${token}\u00a0»)`,
  meanAndSpread: (mean, deviation) => `moyenne ${mean}, écart-type ${deviation}`,
  layerNormNote:
    'LayerNorm ramène chaque vecteur à une moyenne de 0 et un écart-type de 1, puis applique un gain et un biais appris pour chaque dimension\u202f: c’est pourquoi la moyenne et l’écart-type de la dernière ligne sont proches de 0 et de 1, sans l’être exactement.',
};
