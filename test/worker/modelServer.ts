/**
 * A static file server on a free local port, serving model files from memory the way
 * `vite preview` serves public/models: the worker fetches them over real HTTP.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { POST_SENTENCES, buildVocabulary } from '../../src/corpus';
import { paramsToSafetensors } from '../../src/engine/io/modelFiles';
import type { ModelConfig } from '../../src/engine/model/config';
import { initParams, type Params } from '../../src/engine/model/params';

export interface ModelServer {
  /** Absolute URL of the models folder, ending with `/`. */
  modelsUrl: string;
  /** Files by path under the models folder, e.g. `en-fr/config.json`; change them at will. */
  files: Map<string, Uint8Array>;
  /** Paths under which requests are received but not answered until released. */
  held: Set<string>;
  /** Paths of every request received, in order. */
  received: string[];
  /** Answers the held requests (with 404) and stops holding. */
  release: () => void;
  close: () => Promise<void>;
}

export async function startModelServer(): Promise<ModelServer> {
  const files = new Map<string, Uint8Array>();
  const held = new Set<string>();
  const received: string[] = [];
  const waiting: ServerResponse[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(
      /^\/models\//,
      '',
    );
    received.push(path);
    if ([...held].some((prefix) => path.startsWith(prefix))) {
      waiting.push(response);
      return;
    }
    const body = files.get(path);
    if (!body) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    modelsUrl: `http://127.0.0.1:${port}/models/`,
    files,
    held,
    received,
    release: () => {
      held.clear();
      for (const response of waiting.splice(0)) response.writeHead(404).end('not found');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** A small model over the corpus's words, as the three files a shipped model is made of. */
export function smallModelFiles(seed = 7): {
  config: ModelConfig;
  params: Params;
  files: Record<'config.json' | 'vocab.json' | 'model.safetensors', Uint8Array>;
} {
  const source = buildVocabulary(POST_SENTENCES, 'en');
  const target = buildVocabulary(POST_SENTENCES, 'fr');
  const config: ModelConfig = {
    dModel: 16,
    heads: 2,
    dFF: 32,
    encoderLayers: 2,
    decoderLayers: 1,
    srcVocabSize: source.length,
    tgtVocabSize: target.length,
    maxLength: 12,
    positionalLayout: 'interleaved',
    layerNormEps: 1e-5,
  };
  const params = initParams(config, seed);
  return {
    config,
    params,
    files: {
      'config.json': json(config),
      'vocab.json': json({ source, target }),
      'model.safetensors': paramsToSafetensors(params, config),
    },
  };
}

/** Serves `files` as the model `name`. */
export function addModel(
  server: ModelServer,
  name: string,
  files: Record<string, Uint8Array>,
): void {
  for (const [file, bytes] of Object.entries(files)) server.files.set(`${name}/${file}`, bytes);
}
