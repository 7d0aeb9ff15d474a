/**
 * A forward and backward pass through the ops every panel leans on, checked
 * against values worked out by hand. A backend that initialises but computes
 * nonsense (it happens with young drivers) fails here and is skipped.
 */
import type { Tf } from '../experiment';

export async function smokeTest(tf: Tf): Promise<string | null> {
  try {
    const [prod, grad, soft] = tf.tidy(() => {
      const a = tf.tensor2d([[1, 2], [3, 4]]);
      const b = tf.tensor2d([[5], [6]]);
      const prod = tf.matMul(a, b); // [[17], [39]]
      // d/dw sum(relu(w * x)) at w = [1, -1], x = [2, 3] is [2, 0]
      const x = tf.tensor1d([2, 3]);
      const grad = tf.grad((w) => tf.sum(tf.relu(tf.mul(w, x))))(tf.tensor1d([1, -1]));
      const soft = tf.softmax(tf.tensor1d([0, Math.log(3)])); // [0.25, 0.75]
      return [prod, grad, soft];
    });
    const [p, g, s] = await Promise.all([prod.data(), grad.data(), soft.data()]);
    tf.dispose([prod, grad, soft]);
    const close = (got: ArrayLike<number>, want: number[]) =>
      want.every((w, i) => Math.abs(got[i] - w) < 1e-3 * Math.max(1, Math.abs(w)));
    if (!close(p, [17, 39])) return `matMul gave [${Array.from(p)}], expected [17, 39]`;
    if (!close(g, [2, 0])) return `relu gradient gave [${Array.from(g)}], expected [2, 0]`;
    if (!close(s, [0.25, 0.75])) return `softmax gave [${Array.from(s)}], expected [0.25, 0.75]`;
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** Kernels from `names` that the backend does not implement. */
export function missingKernels(tf: Tf, backend: string, names: readonly string[]): string[] {
  return names.filter((k) => tf.getKernel(k, backend) === undefined);
}
