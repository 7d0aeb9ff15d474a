/**
 * tf.addN on WebGPU with any number of inputs. tfjs-backend-webgpu's AddN
 * binds one storage buffer per input; past 7 inputs (SwiftShader allows 8
 * storage buffers per shader stage, output included) its pipeline fails to
 * build and the sum comes out as garbage. This replaces the 'webgpu' AddN
 * kernel with one that, past 7 inputs, adds them pairwise with the backend's
 * Add kernel (n - 1 dispatches; the stock kernel below that). Idempotent; a no-op until tfjs-backend-webgpu has registered AddN.
 */
import * as tf from '@tensorflow/tfjs-core';
import { isWebGPU } from './kernelKit';

/** The most inputs the stock kernel gets: 7 plus the output fill SwiftShader's 8 storage buffers. */
export const ADDN_MAX_INPUTS = 7;

const wrapped = new WeakSet<tf.KernelFunc>();

export function installSafeAddN(): void {
  const stock = tf.getKernel('AddN', 'webgpu');
  if (!stock || wrapped.has(stock.kernelFunc)) return;
  const inner = stock.kernelFunc;
  const kernelFunc: tf.KernelFunc = ({ inputs, backend, attrs }) => {
    const xs = Object.keys(inputs).map((k) => inputs[k]).filter((t): t is tf.TensorInfo => t !== undefined);
    if (xs.length <= ADDN_MAX_INPUTS || !isWebGPU(backend)) return inner({ inputs, backend, attrs });
    const add = tf.getKernel('Add', 'webgpu');
    if (!add) throw new Error('the webgpu backend has no Add kernel');
    let acc = xs[0];
    for (let i = 1; i < xs.length; i++) {
      const next = add.kernelFunc({ inputs: { a: acc, b: xs[i] }, backend, attrs: {} });
      if (Array.isArray(next)) throw new Error('Add gave several outputs');
      if (i > 1) backend.disposeData(acc.dataId);
      acc = next;
    }
    return acc;
  };
  wrapped.add(kernelFunc);
  tf.unregisterKernel('AddN', 'webgpu');
  tf.registerKernel({ kernelName: 'AddN', backendName: 'webgpu', kernelFunc });
}
