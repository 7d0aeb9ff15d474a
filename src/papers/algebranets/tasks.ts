/**
 * The two tasks as data sources and model factories. A: procedurally drawn
 * digits (digits.ts) for a conv net; B: the notebook's procedural corpus
 * (core/corpus) for a character MLP, context → next character.
 */
import * as tf from '@tensorflow/tfjs-core';
import { VOCAB_SIZE, makeCorpus, splitTrainVal } from '../../core/corpus';
import { ExperimentError } from '../../core/experiment';
import type { Rng } from '../../core/rng';
import type { ModelFactory } from './AlgebraModel';
import { CharMlp } from './CharMlp';
import { ConvNet } from './ConvNet';
import { IMAGE_SIZE, digitBatch } from '../../core/data/digits';
import type { AlgebraParams } from './params';

export const VAL_FRACTION = 0.05;

/** Examples on the host: x [N, ...shape] and integer labels y [N]. */
export interface HostBatch {
  x: Float32Array | Int32Array;
  shape: number[];
  y: Int32Array;
}

/** A task's networks: how to build one over an algebra, and the real network's widths. */
export interface TaskNetwork {
  build: ModelFactory;
  /** Widths of the real network. */
  base: number[];
}

export interface Task extends TaskNetwork {
  nextBatch(): HostBatch;
  test: HostBatch;
}

/** The settings' networks, without their data (what width matching and a sweep's plan need). */
export function taskNetwork(p: AlgebraParams): TaskNetwork {
  return p.task === 'chars'
    ? { build: (alg, widths, r) => new CharMlp(alg, widths, r, VOCAB_SIZE, p.context), base: [p.width, 8 * p.width] }
    : { build: (alg, widths, r) => new ConvNet(alg, widths, r), base: [p.width, 2 * p.width, 4 * p.width] };
}

export function toTensors(b: HostBatch): { x: tf.Tensor; y: tf.Tensor1D } {
  return { x: tf.tensor(b.x, b.shape, b.x instanceof Int32Array ? 'int32' : 'float32'), y: tf.tensor1d(b.y, 'int32') };
}

/** Rows [from, to) of a batch. */
export function sliceBatch(b: HostBatch, from: number, to: number): HostBatch {
  const row = b.shape.slice(1).reduce((a, c) => a * c, 1);
  return { x: b.x.slice(from * row, to * row), shape: [to - from, ...b.shape.slice(1)], y: b.y.slice(from, to) };
}

function digitsTask(p: AlgebraParams, rng: Rng): Task {
  const style = { noise: p.noise, distortion: p.distortion };
  const trainRng = rng.fork('train');
  const asHost = (b: ReturnType<typeof digitBatch>): HostBatch => ({ x: b.images, shape: [b.size, IMAGE_SIZE * IMAGE_SIZE], y: b.labels });
  return {
    ...taskNetwork(p),
    nextBatch: () => asHost(digitBatch(p.batchSize, style, trainRng)),
    test: asHost(digitBatch(p.testSize, style, rng.fork('test'))),
  };
}

/** Windows of `k` characters and the character after each. */
function windows(tokens: ArrayLike<number>, starts: readonly number[], k: number): HostBatch {
  const x = new Int32Array(starts.length * k), y = new Int32Array(starts.length);
  starts.forEach((s, n) => {
    for (let t = 0; t < k; t++) x[n * k + t] = tokens[s + t];
    y[n] = tokens[s + k];
  });
  return { x, shape: [starts.length, k], y };
}

function charsTask(p: AlgebraParams, rng: Rng): Task {
  const corpus = makeCorpus({ totalTokens: p.corpusTokens }, rng.fork('data'));
  const { train, val } = splitTrainVal(corpus.tokens, VAL_FRACTION);
  const k = p.context;
  if (val.length < k + 2 || train.length < k + 2) throw new ExperimentError(`a corpus of ${p.corpusTokens} characters is too small for a context of ${k}`);
  const trainRng = rng.fork('train');
  const nTest = Math.min(p.testSize, val.length - k);
  const stride = Math.max(1, Math.floor((val.length - k - 1) / nTest));
  return {
    ...taskNetwork(p),
    nextBatch: () => windows(train, Array.from({ length: p.batchSize }, () => trainRng.int(train.length - k)), k),
    test: windows(val, Array.from({ length: nTest }, (_, i) => i * stride), k),
  };
}

export function makeTask(p: AlgebraParams, rng: Rng): Task {
  return p.task === 'chars' ? charsTask(p, rng) : digitsTask(p, rng);
}
