/** French text of Tensors and Encoding: embeddings. */
import type { Catalogue } from '../en';

export const vectors: Catalogue['vectors'] = {
  waiting: 'En attente du premier passage du modèle…',
  encodingIntro:
    'Une couche de l’encodeur reçoit une liste de vecteurs, les fait passer par l’auto-attention, puis par le réseau feed-forward, et transmet le résultat à la couche suivante. Choisissez une couche\u202f: la première part des embeddings, et la sortie r de la dernière est ce que consulte le décodeur.',
  encodingCaption: (layer: number) =>
    `Couche ${layer} de l’encodeur, position par position\u202f: chaque x passe par l’auto-attention pour donner z, puis par le même réseau feed-forward pour donner r.`,
  encodingNext: (layer: number) =>
    `Les vecteurs r de la couche ${layer} sont les vecteurs x de la couche ${layer + 1}.`,
  encodingTop:
    'C’est la dernière couche de l’encodeur\u202f: ses vecteurs r vont à l’attention encodeur-décodeur de chaque couche du décodeur.',
};
