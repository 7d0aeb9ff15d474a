/** The panel's text: the question, MO-MPO with teachers as objectives, what to try, and what browser scale can show. */
import { Tex } from '../../ui/Tex';

export function TeacherProse() {
  return (
    <section className="prose">
      <h2>The question</h2>
      <p>
        An agent often has access to policies that already do part of the job: a controller that reaches a waypoint, one that
        reaches a goal, one that only steers along one axis. Mishra et al. ask how to use such teachers without letting them
        limit what the agent can become. Their answer is to treat each teacher as one more objective of a multi-objective
        learner, MO-MPO, next to the task reward, and to say how much each objective matters with a KL bound rather than a
        reward weight.
      </p>
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
      <h2>The humanoid</h2>
      <p>
        The second domain is a humanoid with the layout of the DeepMind Control Suite's: a free torso, 21 hinge motors
        (abdomen, hips, knees, ankles, shoulders, elbows), 5 ms physics steps, 5 per control step, and 70 egocentric
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
      <p>
        In the paper's humanoid experiments the agent also chooses which teacher applies where: a categorical head
        <Tex>{'\\pi(c\\mid s)'}</Tex> joins the Gaussian, <Tex>{'\\pi(a, c\\mid s) = \\mathcal{N}(a\\mid s)\\,\\mathrm{Cat}(c\\mid s)'}</Tex>,
        and teacher i's objective counts only on samples whose choice is i:
      </p>
      <Tex block>{'Q_i(s, a, c) = \\begin{cases} \\log \\pi_{T_i}(a\\mid s) & c = i \\\\ \\overline{\\log \\pi_{T_i}}(s) & c \\ne i \\end{cases}'}</Tex>
      <p>
        with the state's mean over the sampled actions as the off value, so an unchosen teacher pulls the actions nowhere and
        the head's own M-step (with its KL bound) learns where choosing the teacher pays. We have only one teacher for the
        humanoid so far, so here the choice is between following the stand teacher and the task reward alone; the paper's
        choice among several locomotion and standing teachers, and its walk task, need a locomotion teacher we do not have yet
        (scripted gaits fell, and training one is beyond this panel's budget).
      </p>
      <h2>What to try</h2>
      <ul>
        <li>Run the default: with a sparse reward, compare the success curves with and without teachers.</li>
        <li>Raise ε for a teacher and watch its log-likelihood curve climb faster; lower it toward 1e-5 and the teacher fades out.</li>
        <li>In the trade-off preset the goal teacher stops short; sweep ε_T and see the final task return fall as ε_T grows.</li>
        <li>In the obstacle task the goal teacher drives into the pillar; the agent, pulled only gently toward it, learns to go around.</li>
        <li>Pick the humanoid preset: the agent with the stand teacher keeps its head up well before the one without; then try the humanoid-select preset and watch the choice plot.</li>
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
        but neither agent learns to stand as the teacher does in that budget, and the walk task with teacher selection (the
        paper's headline for this domain) is not measured here because there is no locomotion teacher yet.
      </p>
    </section>
  );
}
