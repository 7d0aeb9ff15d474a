/**
 * The panel's text: the question and MO-MPO with teachers as objectives
 * (every domain), the humanoid's tasks and teachers (stand, walk), what to try
 * in each domain, and what browser scale can show.
 */
import { Tex } from '../../ui/Tex';
import type { Domain } from './params';

export function TeacherQuestion() {
  return (
    <>
    <section className="prose" id="question">
      <h2>The question</h2>
      <p>
        An agent often has access to policies that already do part of the job: a controller that reaches a waypoint, one that
        reaches a goal, one that only steers along one axis. Mishra et al. ask how to use such teachers without letting them
        limit what the agent can become. Their answer is to treat each teacher as one more objective of a multi-objective
        learner, MO-MPO, next to the task reward, and to say how much each objective matters with a KL bound rather than a
        reward weight.
      </p>
    </section>
    <section className="prose" id="mechanism">
      <h2>The mechanism</h2>
      <p>
        MO-MPO improves the policy in two steps on a batch of states, with N actions sampled from the current (target) policy
        <Tex>{'\\pi_{\\text{old}}'}</Tex> in each. For every objective k it builds an improved, non-parametric policy and fits
        its temperature <Tex>{'\\eta_k'}</Tex> by minimising a convex dual:
      </p>
      <Tex block>{'q_k(a\\mid s) \\propto \\pi_{\\text{old}}(a\\mid s)\\, e^{Q_k(s,a)/\\eta_k}, \\qquad g(\\eta_k) = \\eta_k\\,\\epsilon_k + \\eta_k\\, \\mathbb{E}_s \\log \\mathbb{E}_{a\\sim\\pi_{\\text{old}}} e^{Q_k(s,a)/\\eta_k}'}</Tex>
      <p>
        At the minimum <Tex>{'\\mathrm{KL}(q_k\\,\\|\\,\\pi_{\\text{old}}) = \\epsilon_k'}</Tex>, whatever the scale of <Tex>{'Q_k'}</Tex>: only the
        bounds express preferences. The policy then fits all improved policies at once, with the Gaussian's mean and
        covariance held close to the old policy separately by Lagrange multipliers:
      </p>
      <Tex block>{'\\max_\\theta \\sum_k \\mathbb{E}_s \\mathbb{E}_{a\\sim q_k} \\log \\pi_\\theta(a\\mid s) \\quad \\text{s.t.}\\ \\ \\mathrm{KL}_\\mu(\\pi_{\\text{old}}\\|\\pi_\\theta) < \\epsilon_\\mu,\\ \\ \\mathrm{KL}_\\Sigma(\\pi_{\\text{old}}\\|\\pi_\\theta) < \\epsilon_\\Sigma'}</Tex>
      <p>
        The task objective's Q comes from a critic trained on n-step returns. A teacher needs no critic: here its Q-value is
        its own log-density on the sampled actions, so its improved policy leans toward what the teacher would do, as far as
        <Tex>{'\\epsilon_T'}</Tex> allows:
      </p>
      <Tex block>{'Q_T(s,a) = \\log \\pi_T(a\\mid s) \\;\\Rightarrow\\; q_T \\propto \\pi_{\\text{old}}\\, \\pi_T^{1/\\eta_T}'}</Tex>
      <p>
        This form is our choice (a Q-value objective in acme's terms); the paper's exact form may differ. Our teachers are
        scripted controllers with a Gaussian of width <Tex>{'\\sigma_T'}</Tex> around their action. In the sequence task the
        waypoint teacher applies until the waypoint is reached and the goal teacher afterwards; in the parallel task the
        x-teacher speaks only for the x force and the y-teacher only for the y force.
      </p>
    </section>
    </>
  );
}

/** The humanoid: its body, the stand task and teacher, and (on walk) the walk task, the walk teacher and the selection head. */
export function HumanoidProse({ walk }: { walk: boolean }) {
  return (
    <section className="prose" id="humanoid">
      <h2>The humanoid</h2>
      <p>
        The second domain is a humanoid with the layout of the DeepMind Control Suite's: a free torso, 21 hinge motors
        (abdomen, hips, knees, ankles, shoulders, elbows), 5 ms physics steps, 5 per control step, and 69 egocentric
        observations (joint angles and velocities, head height, hands and feet relative to the torso, the torso's vertical,
        the centre-of-mass velocity). The stand task rewards, per step, a product of soft tolerances: the head at the standing
        height, the torso upright, small controls and, for standing, little horizontal motion of the centre of mass,
      </p>
      <Tex block>{'r = \\underbrace{\\mathrm{tol}(h_{\\text{head}};\\,[1.4, \\infty))}_{\\text{standing}} \\cdot \\underbrace{\\mathrm{tol}(z_{\\text{torso}};\\,[0.9, \\infty))}_{\\text{upright}} \\cdot \\underbrace{\\tfrac{1}{5}\\big(4 + \\tfrac{1}{21}\\textstyle\\sum_i \\mathrm{tol}(u_i;\\,0)\\big)}_{\\text{small control}} \\cdot \\underbrace{\\tfrac{1}{2}\\big(\\mathrm{tol}(v_x; 0) + \\mathrm{tol}(v_y; 0)\\big)}_{\\text{still}}'}</Tex>
      <p>
        where <Tex>{'\\mathrm{tol}(x; [a, b])'}</Tex> is 1 inside the interval and falls off smoothly outside it. The stand teacher
        is a scripted balance controller, an affine map of the observation that holds the body up from a perturbed start; as a
        teacher it is a Gaussian of width <Tex>{'\\sigma_T'}</Tex> around that map, so <Tex>{'Q_T = \\log \\pi_T'}</Tex> is a
        quadratic in the action. The plot to watch is the mean head height of evaluation episodes, with and without the teacher
        on the same seed; the view replays the agent's latest episode beside the teacher's own from the same start.
      </p>
      {walk ? (
      <>
      <p>
        The walk task keeps the first three factors and replaces the last by a reward for horizontal speed up to 1 m/s, which
        still gives a sixth of the reward for standing still:
      </p>
      <Tex block>{'r_{\\text{walk}} = \\text{standing} \\cdot \\text{upright} \\cdot \\text{small control} \\cdot \\tfrac{1}{6}\\big(1 + 5\\,\\mathrm{tol}(\\lVert v_{xy}\\rVert;\\,[1, \\infty))\\big)'}</Tex>
      <details>
      <summary>How the walk teacher walks</summary>
      <p>
        On walk every agent's observation also carries a gait clock, <Tex>{'(\\sin 2\\pi t/T,\\ \\cos 2\\pi t/T)'}</Tex>, so that the walk
        teacher can be a function of the observation alone. The walk teacher is a scripted gait in the spirit of SIMBICON (Yin,
        Loken and van de Panne, 2007). The clock sets which leg swings,
        <Tex>{'w_R = \\mathrm{clip}(k \\sin\\phi, 0, 1)'}</Tex> and <Tex>{'w_L = \\mathrm{clip}(-k \\sin\\phi, 0, 1)'}</Tex>; the swing hip
        steers the thigh to an angle held in the world frame with a foot-placement correction, forward and sideways,
      </p>
      <Tex block>{'\\theta_{\\text{swing}} = \\theta_0 + c_d\\, d + c_v\\, v'}</Tex>
      <p>
        where <Tex>{'d'}</Tex> is how far the centre of mass is past the stance foot and <Tex>{'v'}</Tex> its velocity: a body that
        falls forward steps further forward. The swing knee bends, the stance hip holds the torso upright at a slight lean, and the
        ankles keep the soles level, and the stance hip's rotation steers back to the starting direction. Its 27 gains and the clock's period were not tuned by hand: <code>npm run train-teachers</code>{' '}
        searches them with CMA-ES (our own, seeded), maximising the walk return over a few seeded starts of 10 s, with the speed
        term counted only along the starting direction (the task pays for speed in any direction, and the search first found
        gaits that walked backwards, then ones that walked in circles). The result ships with
        the panel as a small JSON file that records the runs that made it. As a teacher, like the stand controller, it is a
        Gaussian of width <Tex>{'\\sigma_T'}</Tex> around the controller's action; because its phase weights multiply observation terms
        it is not affine, and its log-density is evaluated with tensor ops on each batch.
      </p>
      </details>
      </>
      ) : null}
      <details open={walk || undefined}>
      <summary>Choosing a teacher per state: the selection head</summary>
      <p>
        In the paper's humanoid experiments the agent also chooses which teacher applies where: a categorical head
        <Tex>{'\\pi(c\\mid s)'}</Tex> joins the Gaussian, <Tex>{'\\pi(a, c\\mid s) = \\mathcal{N}(a\\mid s)\\,\\mathrm{Cat}(c\\mid s)'}</Tex>,
        and teacher i's objective counts only on samples whose choice is i:
      </p>
      <Tex block>{'Q_i(s, a, c) = \\begin{cases} \\log \\pi_{T_i}(a\\mid s) & c = i \\\\ \\overline{\\log \\pi_{T_i}}(s) & c \\ne i \\end{cases}'}</Tex>
      <p>
        with the state's mean over the sampled actions as the off value, so an unchosen teacher pulls the actions nowhere and
        the head's own M-step (with its KL bound) learns where choosing the teacher pays. On walk the head chooses among three:
        the task reward alone, the stand teacher and the walk teacher; the choice plot shows its probabilities along an
        episode.
      </p>
      </details>
    </section>
  );
}

const TRY: Record<Domain, string[]> = {
  pointMass: [
    'Before running, replay the teachers: together they reach the goal; the waypoint teacher alone stops at the waypoint, and the goal teacher alone skips it (the sequence task pays only after the waypoint).',
    'Run the default: with a sparse reward, compare the success curves with and without teachers.',
    'Raise ε goal teacher and watch its log-likelihood curve climb faster; lower it toward 1e-5 and the teacher fades out.',
    'Set "Goal teacher stops short by" to 0.4 m (or pick the trade-off preset): the goal teacher now caps the task return, the more so the larger its ε.',
    'Pick the composition "Beyond the teachers": the goal teacher drives into the pillar; the agent, pulled only gently toward it, learns to go around.',
  ],
  humanoidStand: [
    'Before running, replay the stand teacher: it holds the body up from a perturbed start; raise the initial joint noise and watch it fail from harder starts.',
    'Pick the humanoid preset: the agent with the stand teacher keeps its head up well before the one without.',
    'Lower ε stand teacher toward 1e-4 and the teacher fades out; raise it and the agent copies the teacher faster.',
    'Switch on the teacher selection head (or pick humanoid-select) and watch where the head chooses the teacher.',
  ],
  humanoidWalk: [
    'Before running, replay the walk teacher: a scripted gait that walks at about 1 m/s; the plot under the figure shows its torso height and distance.',
    'Pick the humanoid-walk preset: the selection head chooses among the task alone, the stand teacher and the walk teacher; compare the walk return with and without teachers.',
    'Switch the walk teacher off, or lower its ε, and compare the walk return; switch the stand teacher off and see whether the agent still stays up.',
    'Switch the selection head off: both teachers then pull in every state, wherever they disagree; compare the walk return with the head on.',
    'Pick humanoid-walk-follow: the walk teacher alone at ε 1 against the task at ε 1e-4. The agent learns the teacher\'s gait in about 12,000 env steps; raise ε task to 0.1 and it does not.',
    'Pick humanoid-walk-select: the selection head between the task alone and the walk teacher walks by 10,000 env steps; switch the stand teacher on and it no longer does.',
  ],
};

/** The "what to try" list of a domain (its key controls). */
export function WhatToTry({ domain }: { domain: Domain }) {
  return (
    <section className="prose" id="try">
      <h2>What to try</h2>
      <ul>
        {TRY[domain].map((t) => <li key={t}>{t}</li>)}
      </ul>
    </section>
  );
}

export function TeacherScale() {
  return (
    <section className="prose">
      <h2>What browser scale can and cannot show</h2>
      <p>
        The paper trains for millions of environment steps with distributed actors, distributional critics and large networks.
        Here one actor steps a point mass in MuJoCo (WASM) in the runner's worker and the learner runs a few thousand updates
        of 64-unit networks with an expected-value critic. acme's MO-MPO settings are the
        paper-like preset; the browser presets use a smaller batch, a shorter target period, a larger learning rate, looser
        M-step bounds and a discount of 0.95 instead of 0.99 so that something is learned in minutes. What carries over is the mechanism, checked exactly (each
        E-step meets its KL bound), and the direction of the paper's observations: teachers speed up learning without shaping,
        ε sets how much a poor teacher can cap the result, and the agent can do what no teacher does. The Reproduce section
        measures these on single seeds, and a claim that does not hold is reported as failing. On the humanoid a few thousand
        env steps are a tiny fraction of the paper's budget: the stand teacher gets the agent's head higher than without it,
        but neither agent learns to stand as the teacher does in that budget. On walk the claim is only that choosing among
        teachers gives a higher walk return than no teachers after the same few thousand steps. More steps alone do not make that
        agent walk: trained for 32,000 env steps (9 minutes on WASM), it stays at a walk return of 20 to 28 per
        4-second episode from 2,000 steps on, with a mean head height of 0.6 to 0.75 m (standing: 1.4 m; it falls in every evaluation), against
        about 120 for the walk teacher. A stronger pull toward the walk teacher (ε 1), looser M-step bounds or no selection head
        did no better at 8,000 steps. The humanoid-walk preset opens on its recorded run: the agent after 4,000 steps beside
        the walk teacher, from the same start.
      </p>
      <p>
        The network is not what holds it back: fitted directly to the walk teacher's actions (DAgger, 1,300 updates) the same
        64-unit policy walks at 0.71 m/s. The paper sets preferences through the KL bounds alone, so the humanoid-walk-follow
        preset keeps the walk teacher at ε 1 and the task at ε 1e-4, with no stand teacher and no selection head. On seed 1
        that agent stands by 8,000 env steps and walks like the teacher from 12,000: at 14,000 (5 minutes on WASM) its walk return is 117.5 per episode against the teacher's 125, at a mean 0.70 m/s with a mean head height
        of 1.37 m over its 5 evaluation episodes, each of which meets the task's success test (head at 1.4 m, upright, 1 m/s)
        at some step; the preset opens on that recorded run. With the task at ε 0.1 the same
        agent stays below a return of 35 at 8,000 steps, with 20 or 64 sampled actions per state alike; and with the selection
        head choosing among the task, the stand teacher and the walk teacher, the same bounds (walk ε 1, task ε 1e-4) leave it at
        a return of 20 to 24 through 14,000 steps.
      </p>
      <p>
        Without the stand teacher among its choices, the selection head walks too. Choosing between the task alone and the walk
        teacher (the humanoid-walk-select preset, same bounds), seed 1 reaches a walk return of 99.8 at 10,000 env steps, 4 of 5
        evaluation episodes meeting the success test; the preset opens on that recorded run. The head has learned to pick the walk
        teacher in every state of the episode (probability above 0.9999), so here selection reduces to following the walk teacher;
        with the stand teacher also on offer it does not get there.
      </p>
      <p>
        None of these walkers is stable yet. Trained on, each falls again: the walk-follow agent at 16,000 steps (return 21), the
        selection agent at 12,000 (34). Other seeds of walk-follow learn the gait on their own schedules: seed 2 reaches a return
        of 104 at 14,000 steps (5 of 5 episodes succeed), seed 3 reaches 94 at 12,000 and falls back to 51 at 14,000. A lower
        policy learning rate (3e-4 against 1e-3) slows learning on seed 3 (89 at 20,000 steps) rather than steadying it, and a
        looser walk bound (ε 0.3) walks sooner on seed 3 (114 at 8,000) and drifts down after. A batch of 128 transitions (against
        64) brings the gait sooner and on every seed tried: at 12,000 env steps seeds 1, 2 and 3 reach 121, 117 and 117, each
        with 5 of 5 episodes succeeding. Seed 3 then stays up to 16,000 (97), but seeds 1 and 2 fall by 16,000 (37 and 13).
      </p>
    </section>
  );
}
