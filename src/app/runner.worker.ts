/**
 * The runner's module worker: tfjs and every experiment load here, never on
 * the page. Experiment ids: `device`, `<slug>` (the paper's experiment) and
 * `<slug>/claims` (its claims, for the Reproduce section).
 */
import { claimsExperiment } from '../core/claimsRunner';
import { workerExperiment } from '../core/experiment';
import { serveRunner, type ExperimentEntry } from '../core/runner/workerHost';
import { findPaper } from '../papers/catalog';

async function load(id: string): Promise<ExperimentEntry> {
  if (id === 'device') {
    const { deviceBench } = await import('../core/bench/deviceBench');
    return { experiment: workerExperiment(deviceBench.run) };
  }
  const [slug, part] = id.split('/');
  const entry = findPaper(slug);
  if (!entry?.load) throw new Error(`No experiment named '${id}'.`);
  const paper = await entry.load();
  return { experiment: part === 'claims' ? workerExperiment(claimsExperiment(paper.claims)) : workerExperiment(paper.run), backends: paper.backends, kernels: paper.kernels };
}

serveRunner(load);
