/**
 * The Explore view's worker: rebuilds the run's database from its params and
 * seed (everything is procedural), loads the trained baseline and RETRO from
 * the run's `weights` artifact, and answers prompts off the page's thread.
 * It uses the WASM backend (CPU if WASM fails), leaving the GPU to training.
 */
import * as Comlink from 'comlink';
import { tf } from '../../core/backend/browserBackends';
import { TransformerLM } from '../../core/lm';
import { Rng } from '../../core/rng';
import { assignWeights, type NamedWeights } from '../../core/weights/namedWeights';
import type { ChunkDatabase } from './database';
import { retroData } from './data';
import { buildDatabase, lmConfig, retroConfig } from './experiment';
import { explore, type ExploreResult } from './explore';
import type { RetroParams } from './params';
import { RetroModel } from './retroModel';

export interface ExploreWorkerApi {
  /** Returns a line describing what was loaded. */
  load(params: RetroParams, seed: number, weights: NamedWeights): Promise<string>;
  explore(prompt: string, k: number, maxNew: number): Promise<ExploreResult>;
}

interface Loaded {
  db: ChunkDatabase;
  base: TransformerLM;
  retro: RetroModel;
}

let loaded: Loaded | null = null;

async function pickBackend(): Promise<string> {
  for (const b of ['wasm', 'cpu']) {
    try {
      if (await tf.setBackend(b)) {
        await tf.ready();
        return b;
      }
    } catch {
      // try the next backend
    }
  }
  throw new Error('no tfjs backend for the Explore view');
}

const api: ExploreWorkerApi = {
  async load(params, seed, weights) {
    const backend = await pickBackend();
    if (loaded) {
      loaded.db.dispose();
      loaded.base.dispose();
      loaded.retro.dispose();
      loaded = null;
    }
    const rng = new Rng(seed);
    const data = retroData(params, rng);
    const db = buildDatabase(params, data, rng);
    const base = new TransformerLM(lmConfig(params), rng.fork('model'));
    const retro = new RetroModel(lmConfig(params), retroConfig(params), rng.fork('model'));
    const rb = assignWeights(tf, base.weights, weights, 'base.');
    const rr = assignWeights(tf, retro.lm.weights, weights, 'retro.');
    loaded = { db, base, retro };
    if (rb.missing.length + rb.mismatched.length + rr.missing.length + rr.mismatched.length > 0) {
      throw new Error('the trained weights do not match these settings; run again');
    }
    return `${db.size.toLocaleString('en')} chunks, trained models loaded (${backend})`;
  },
  async explore(prompt, k, maxNew) {
    if (!loaded) throw new Error('train a model first');
    return explore(loaded.db, loaded.base, loaded.retro.lm, prompt, Math.min(k, loaded.db.size), maxNew);
  },
};

Comlink.expose(api);
