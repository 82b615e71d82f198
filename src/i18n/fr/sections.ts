/** The sections' titles in French, by section id. */
import type { Catalogue } from '../en';

export const sections: Catalogue['sections'] = {
  'high-level-look': 'Vue d’ensemble',
  tensors: 'Les tenseurs entrent en scène',
  encoding: 'Et maintenant, on encode !',
  'self-attention-high-level': 'La self-attention vue de haut',
  'self-attention-in-detail': 'La self-attention en détail',
  'matrix-calculation': 'La self-attention en calcul matriciel',
  'many-heads': 'La bête à plusieurs têtes',
  'many-heads-lines': 'La bête à plusieurs têtes : où regarde chaque tête',
  'attention-maps': 'Cartes d’attention de chaque couche et de chaque tête',
  'which-words-decided': 'Quels mots ont décidé de ce mot ?',
  'positional-encoding': 'Représenter l’ordre des mots : l’encodage positionnel',
  residuals: 'Les connexions résiduelles',
  'decoder-side': 'Du côté du décodeur',
  'final-linear-softmax': 'La couche linéaire finale et le softmax',
  'recap-of-training': 'Récapitulatif de l’entraînement',
  'loss-function': 'La fonction de perte',
  'greedy-vs-beam': 'Décodage glouton et recherche en faisceau',
  'training-lab': 'Atelier d’entraînement : entraîner un Transformer dans votre navigateur',
};
