/** Registers the teacher-policies panel (Mishra et al. 2023). React-free: the panel is a lazy import. */
import { definePaper } from '../../core/paper';
import { teacherClaims } from './claims';
import { teacherExperiment } from './experiment';

export default definePaper({
  slug: 'teacher-mompo',
  title: 'Teacher policies as objectives',
  citation: { authors: 'Mishra et al.', year: 2023, title: 'Policy composition in reinforcement learning via multi-objective policy optimization', arxiv: '2308.15470' },
  summary: 'Treating teacher policies as extra objectives speeds up learning, and epsilon sets how closely to follow them.',
  ...teacherExperiment,
  claims: teacherClaims,
  // The humanoid (the heavier domain). Update rows carry `physicsStepsPerSec` (MuJoCo mj_step calls in the worker,
  // 5 per control step), `envStepsPerSec` (control steps), `actionsPerSec` (the actor's policy forward passes, plain
  // JS) and `updatesPerSec` (the learner on the backend); their means are the bench numbers. humanoid-tiny: 3
  // evaluation rows and 2 update rows; SwiftShader WebGPU takes seconds per update.
  bench: { preset: 'humanoid-tiny', steps: 5 },
  panel: () => import('./Panel'),
});
