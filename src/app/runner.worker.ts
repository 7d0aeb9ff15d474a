/** The runner's module worker: tfjs and every experiment load here, never on the page. */
import { serveRunner, type ExperimentEntry } from '../core/runner/workerHost';
import { findPaper } from '../papers/catalog';

async function load(id: string): Promise<ExperimentEntry> {
  if (id === 'device') {
    const { deviceBench } = await import('../core/bench/deviceBench');
    return { experiment: deviceBench as ExperimentEntry['experiment'] };
  }
  const entry = findPaper(id);
  if (!entry?.load) throw new Error(`No experiment named '${id}'.`);
  const paper = await entry.load();
  return { experiment: paper.experiment as ExperimentEntry['experiment'], backends: paper.backends, kernels: paper.kernels };
}

serveRunner(load);
