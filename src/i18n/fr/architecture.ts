/** French text of A High-Level Look and The Residuals. */
import type { Catalogue } from '../en';

/** "1 encodeur", "6 encodeurs". */
const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** "de l’encodeur", "du décodeur": a stack, named after what it belongs to. */
const ofSide = (side: string) =>
  side.toLowerCase() === 'encodeur' ? 'de l’encodeur' : 'du décodeur';

export const architecture: Catalogue['architecture'] = {
  sides: { encoder: 'encodeur', decoder: 'décodeur' },
  Sides: { encoder: 'Encodeur', decoder: 'Décodeur' },

  file: {
    blackBox: 'transformer-boîte-noire',
    sides: { encoder: 'encodeur', decoder: 'décodeur' },
    layer: (layer) => `couche ${layer}`,
    inside: 'intérieur',
    position: (position) => `position ${position}`,
    residuals: 'connexions-résiduelles',
    addAndNorm: 'add-norm',
    modelAsBuilt: 'modèle-complet',
  },

  blackBoxIntro:
    'Vu de loin, un modèle de traduction est une seule boîte\u202f: une phrase dans une langue y entre, une phrase dans une autre langue en sort. La boîte ci-dessous est un vrai modèle qui tourne dans cette page, et la traduction à côté est ce qu’il a produit pour votre phrase.',
  blackBoxCaption: (sentence, translation) =>
    `Le Transformer comme une boîte noire\u202f: «\u00a0${sentence}\u00a0» entre, «\u00a0${translation}\u00a0» sort.`,
  twoHalves:
    'Ouvrez la boîte\u202f: il y a deux moitiés. Les encodeurs lisent la phrase source et font de chaque mot un vecteur qui porte son sens dans son contexte. Les décodeurs écrivent la traduction un mot à la fois, et chaque décodeur consulte pour cela la sortie du dernier encodeur. Les couches d’une même pile ont toutes la même forme, mais apprennent des poids différents.',
  twoParts:
    'Une couche de l’encodeur a deux parties. La self-attention permet à chaque mot de recueillir de l’information auprès des autres mots de la phrase. Un réseau feed-forward transforme ensuite le vecteur de chaque mot séparément. Une couche du décodeur a les deux mêmes parties, avec une troisième entre elles\u202f: une attention sur la sortie de l’encodeur, qui relie la traduction à la source. Pointez une partie pour voir le vecteur qui y entre et celui qui en sort.',
  decoderPositions:
    'Dans le décodeur, la position 1 lit le token de début et produit le premier mot de la traduction\u202f; chaque position suivante lit le mot choisi juste avant.',

  blackBoxLabel: (sentence, translation) =>
    `Votre phrase, «\u00a0${sentence}\u00a0», entre dans le Transformer et sa traduction, «\u00a0${translation}\u00a0», en sort.`,
  theTransformer: 'LE TRANSFORMER',
  opened: 'Ouverte\u202f: cliquez sur une couche pour voir son intérieur ci-dessous.',
  clickToOpen: 'Cliquez sur la boîte pour l’ouvrir.',
  stacks: (encoders, decoders, paper) =>
    `Ce modèle empile ${counted(encoders, 'encodeur')} et ${counted(decoders, 'décodeur')}\u202f; l’article en empile ${paper} de chaque. Chaque couche a la même structure et ses propres poids.`,

  stackBox: (side, layer) => `${side} ${layer}`,
  stackBoxLabel: (name, count, layer) => `${name} sur ${count}\u202f: montrer la couche ${layer}`,
  stacksLabel: (encoders, decoders) =>
    `Le modèle ouvert\u202f: ${encoders} encodeurs empilés, ${decoders} décodeurs empilés\u202f; la sortie du dernier encodeur va à chaque décodeur.`,
  encoders: (count) => `Encodeurs (${count})`,
  decoders: (count) => `Décodeurs (${count})`,
  yourSentence: '↑ votre phrase, un vecteur par token',
  translationSoFar: '↑ la traduction jusqu’ici',

  insideLayer: (side, layer) => `Dans la couche ${layer} ${ofSide(side)}`,
  sourceToken: 'Token source',
  decoderInputToken: 'Token d’entrée du décodeur',
  tokenButton: (label, position, token) => `${label} ${position}\u202f: ${token}`,
  sublayersLabel: (side, layer) => `Sous-couches de la couche ${layer} ${ofSide(side)}`,
  in: 'entrée',
  out: 'sortie',
  whatItDoes: {
    self: 'mêle à chaque token de l’information venue des autres tokens de la même phrase',
    cross: 'regarde la sortie de l’encodeur pour la phrase source',
    ffn: 'transforme chaque token séparément, avec les mêmes poids à chaque position',
  },
  insideNote: (title, does, token, width, first) =>
    `${title}\u202f: ${does}. Montré pour «\u00a0${token}\u00a0»\u202f: le vecteur qui entre dans la sous-couche et celui qu’elle produit, ${width} nombres chacun.` +
    (first
      ? ''
      : ' Son entrée est la sortie de la sous-couche précédente après Add & Norm (voir la section sur les connexions résiduelles).'),

  blocks: {
    self: 'Self-attention',
    maskedSelf: 'Self-attention masquée',
    cross: 'Attention encodeur-décodeur',
    ffn: 'Feed-forward',
    addNorm: 'Add & Normalize',
    embed: 'Embedding + positions',
    linear: 'Linéaire',
    softmax: 'Softmax',
  },
  blockWhere: (side, layer) => `couche ${layer} ${ofSide(side)}`,
  output: 'sortie',
  blockLabel: (title, after, where) =>
    `${title}${after === null ? '' : ` après ${after.charAt(0).toLowerCase()}${after.slice(1)}`}, ${where}`,
  frame: (side, layer) => `${side} ${layer}`,

  residualsIntro:
    'Un détail a été laissé de côté jusqu’ici. Une sous-couche ne remplace pas simplement son entrée\u202f: sa sortie est ajoutée à l’entrée qu’elle a reçue (une connexion résiduelle), puis la somme est normalisée pour que chaque vecteur garde une échelle stable. Le schéma appelle cette étape Add & Normalize.',
  residualsVectors:
    'Voici les vrais vecteurs d’un token. La somme x + z se calcule nombre par nombre\u202f: la connexion résiduelle garde ainsi le vecteur propre du token, même quand l’attention le modifie beaucoup\u202f; LayerNorm le recentre et le remet à l’échelle ensuite.',
  addNormCaption: (layer, token) =>
    `Add & Norm dans la couche ${layer} de l’encodeur pour «\u00a0${token}\u00a0»\u202f: les vecteurs avant et après chaque somme résiduelle et chaque LayerNorm.`,
  wholeModel: (encoders, decoders) =>
    `Le décodeur entoure ses trois sous-couches de la même façon. Assemblé, avec ${encoders} couches d’encodeur et ${decoders} couches de décodeur, une couche linéaire finale et un softmax, voici tout le modèle que vous faites tourner. Chaque bloc ci-dessous est un bouton\u202f: choisissez-en un pour voir le vecteur qu’il lit et celui qu’il produit.`,
  wholeModelCaption: (encoders, decoders) =>
    `Le modèle entier\u202f: ${encoders} couches d’encodeur et ${decoders} couches de décodeur, chaque sous-couche entourée d’un Add & Norm, puis la couche linéaire et le softmax.`,
  residualDiagramLabel: (layer) =>
    `Couche ${layer} de l’encodeur\u202f: self-attention puis Add & Normalize, feed-forward puis Add & Normalize\u202f; un chemin en pointillés fait contourner à l’entrée de chaque sous-couche celle-ci jusqu’à l’Add & Normalize.`,
  residualDiagramNote:
    'En pointillés\u202f: les connexions résiduelles. L’entrée de chaque sous-couche la contourne et s’ajoute à sa sortie avant la normalisation.',

  modelLabel: (encoders, decoders) =>
    `Le modèle entier\u202f: ${encoders} couches d’encodeur et ${decoders} couches de décodeur, chaque sous-couche suivie d’un Add & Normalize, puis la couche linéaire et le softmax. Chaque bloc est un bouton.`,
  blockFor: (token, onSource, position) =>
    ` pour «\u00a0${token}\u00a0» (position ${position} ${onSource ? 'de la source' : 'du décodeur'})`,
  sublayerOutput: 'sortie de la sous-couche',
  explainEmbed: (width) =>
    `L’embedding du token plus l’encodage de sa position\u202f: ${width} nombres.`,
  explainLinear: (width, next) =>
    `Un score pour chacun des ${width} mots du vocabulaire de sortie. Le plus élevé devient le mot suivant${next ? `, ici «\u00a0${next}\u00a0»` : ''}.`,
  explainSoftmax: (width, next) =>
    `Les scores changés en probabilités dont la somme vaut 1 sur les ${width} mots${next ? `\u202f; le décodeur a choisi «\u00a0${next}\u00a0»` : ''}.`,
  explainAddNorm:
    'La sortie de la sous-couche est ajoutée au vecteur qui y était entré (la connexion résiduelle), puis normalisée.',
  explainSublayer: (width) =>
    `${width} nombres en entrée, ${width} nombres en sortie\u202f: chaque sous-couche garde la largeur d_model.`,
  probabilityLegend: 'probabilité de chaque mot',
};
