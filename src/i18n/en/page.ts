/** English text of the page's header. */
export const page = {
  title: 'The Illustrated Transformer, live',
  lede: 'A real Transformer runs in this page. Type a sentence: everything below is computed from it, as you type.',
  counting:
    'Layers, heads and word positions are counted from 1 everywhere on this page; only the engine’s own tensor names, such as enc.0.self, count from 0.',
};
