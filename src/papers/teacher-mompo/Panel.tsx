/** The teacher-policies panel: MO-MPO with teachers as objectives on a MuJoCo point mass and a MuJoCo humanoid (stand, walk). */
import { useMemo } from 'react';
import type { Data } from 'plotly.js-dist-min';
import type { PaperDef } from '../../core/paper';
import type { SceneDescription } from '../../core/rl/sceneDescription';
import { PanelOpening } from '../../ui/PanelOpening';
import { RunSettings } from '../../ui/RunSettings';
import { MetricCards } from '../../ui/MetricCards';
import { Plot } from '../../ui/Plot';
import { Reproduce } from '../../ui/Reproduce';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { ArenaView, ARROW_COLOURS } from './ArenaView';
import type { RunSetup, TradeoffPoint } from './experiment';
import type { teacherSchema } from './params';
import type { EpisodeRecord } from './rollout';
import { HeadHeightPlot, HumanoidSections } from './humanoid/HumanoidSections';
import { isHumanoid } from './humanoid/humanoidSetup';
import { TeacherProse, TeacherScale } from './TeacherProse';

const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`;
const WITH = '#1f5fbf';
const WITHOUT = '#b3261e';

export default function TeacherPanel({ paper }: { paper: PaperDef<typeof teacherSchema> }) {
  const run = useExperimentRun(paper);
  const { artifacts, rows } = run.recording;
  const scene = (artifacts.scene as SceneDescription | undefined) ?? null;
  const episode = (artifacts.episode as EpisodeRecord | undefined) ?? null;
  const setup = (artifacts.setup as RunSetup | undefined) ?? null;
  const alone = (artifacts.teacherSuccess as Record<string, number> | undefined) ?? null;
  const teacherEpisode = (artifacts.teacherEpisode as EpisodeRecord | undefined) ?? null;
  const domain = setup?.domain ?? run.params.domain;
  const humanoid = isHumanoid({ domain });
  const walk = domain === 'humanoidWalk';
  const teacherHead = (artifacts.teacherHead as Record<string, number> | undefined)?.[walk ? 'walk' : 'stand'];
  const teacherReturn = (artifacts.teacherReturn as Record<string, number> | undefined)?.walk;
  const tradeoff = useMemo(() => (artifacts.tradeoff as TradeoffPoint[] | undefined) ?? [], [artifacts.tradeoff]);
  const teachers = useMemo(() => setup?.teachers ?? [], [setup]);
  const series = (key: string) => {
    const pts = rows.filter((r) => r.values[key] !== undefined);
    return { x: pts.map((r) => r.step), y: pts.map((r) => r.values[key]) };
  };
  const last = (key: string) => rows.findLast((r) => r.values[key] !== undefined)?.values[key];

  const success = useMemo<Data[]>(() => [
    { type: 'scatter', mode: 'lines+markers', name: 'with teachers', ...series('success'), line: { color: WITH } },
    { type: 'scatter', mode: 'lines+markers', name: 'without teachers', ...series('basesuccess'), line: { color: WITHOUT, dash: 'dot' } },
  // eslint-disable-next-line react-hooks/exhaustive-deps
  ], [rows]);

  const returns = useMemo<Data[]>(() => [
    { type: 'scatter', mode: 'lines+markers', name: 'task return, with teachers', ...series('taskReturn'), line: { color: WITH } },
    { type: 'scatter', mode: 'lines+markers', name: 'task return, without', ...series('basetaskReturn'), line: { color: WITHOUT, dash: 'dot' } },
    ...teachers.map((t): Data => ({ type: 'scatter', mode: 'lines+markers', name: `log π_${t} (agent's action)`, yaxis: 'y2', ...series(`ll_${t}`), line: { color: hex(ARROW_COLOURS[t] ?? 0x333333), dash: 'dash' } })),
  // eslint-disable-next-line react-hooks/exhaustive-deps
  ], [rows, teachers]);

  const duals = useMemo<Data[]>(() => ['task', ...teachers].flatMap((o): Data[] => [
    { type: 'scatter', mode: 'lines', name: `η ${o}`, ...series(`temp_${o}`), line: { color: hex(ARROW_COLOURS[o] ?? 0x1f5fbf) } },
    { type: 'scatter', mode: 'lines', name: `KL ${o}`, yaxis: 'y2', ...series(`kl_${o}`), line: { color: hex(ARROW_COLOURS[o] ?? 0x1f5fbf), dash: 'dot' } },
  // eslint-disable-next-line react-hooks/exhaustive-deps
  ]), [rows, teachers]);

  const trade = useMemo<Data[]>(() => [
    { type: 'scatter', mode: 'lines+markers', name: 'final task return', x: tradeoff.map((p) => p.epsilon), y: tradeoff.map((p) => p.taskReturn), line: { color: WITH } },
  ], [tradeoff]);

  const bestAlone = alone ? Math.max(...Object.values(alone)) : undefined;

  return (
    <main className="panel">
      <PanelOpening title="Teacher policies as objectives" paper={paper} run={run} />
      <TeacherProse />

      <section>
        <h2>1. Train with and without teachers</h2>
        <RunSettings paper={paper} run={run} />
        <RunBar {...runBarProps(run)} />
        <MetricCards
          metrics={[
            ...(walk
              ? [
                { label: 'Walk return, with teachers', value: last('taskReturn') },
                { label: 'Walk return, without', value: last('basetaskReturn') },
                { label: 'Walk teacher alone', value: teacherReturn },
                { label: 'Speed, with teachers (m/s)', value: last('speed') },
              ]
              : humanoid
              ? [
                { label: 'Head height, with teacher (m)', value: last('headHeight') },
                { label: 'Head height, without (m)', value: last('baseheadHeight') },
                { label: 'Stand teacher alone (m)', value: teacherHead },
              ]
              : [
                { label: 'Success, with teachers', value: last('success') },
                { label: 'Success, without', value: last('basesuccess') },
                { label: 'Best teacher alone', value: bestAlone },
              ]),
            { label: 'Learner updates/s', value: last('updatesPerSec') },
            { label: 'Env steps/s (MuJoCo)', value: last('envStepsPerSec'), digits: 6 },
            ...(humanoid ? [{ label: 'Physics steps/s', value: last('physicsStepsPerSec'), digits: 6 }, { label: 'Actor actions/s', value: last('actionsPerSec'), digits: 6 }] : []),
          ]}
        />
        <div className="plots-2">
          {humanoid ? <HeadHeightPlot teacherHead={teacherHead} teacherName={walk ? 'walk' : 'stand'} series={series} /> : (
            <Plot name="teacher-success" height={300} data={success} layout={{ title: { text: 'Task success rate (policy mean, fixed starts)' }, xaxis: { title: { text: 'environment steps' } }, yaxis: { range: [-0.05, 1.05], title: { text: 'success rate' } } }} />
          )}
          <Plot
            name="teacher-returns"
            height={300}
            data={returns}
            layout={{
              title: { text: 'Per-objective returns' }, xaxis: { title: { text: 'environment steps' } }, yaxis: { title: { text: 'task return' } },
              yaxis2: { title: { text: 'mean log π_T' }, overlaying: 'y', side: 'right' },
            }}
          />
        </div>
      </section>

      {humanoid ? (
        <HumanoidSections scene={scene} episode={episode} teacherEpisode={teacherEpisode} teacherName={walk ? 'walk' : 'stand'} choices={setup?.choices ?? null} />
      ) : (
        <>
      <section>
        <h2>2. Watch the policy</h2>
        <p className="hint">The latest evaluation episode of the agent trained with teachers, replayed at real time; drag the slider to scrub.</p>
        <ArenaView scene={scene} episode={episode} />
      </section>

      <section>
        <h2>3. Trade-off: how strongly to follow a teacher</h2>
        <p className="hint">Final task return of short runs at log-spaced ε_T for every active teacher (set "ε_T sweep: points" above 0, or pick the trade-off preset).</p>
        <Plot name="teacher-tradeoff" height={300} data={trade} layout={{ title: { text: 'Final task return vs ε_T' }, xaxis: { type: 'log', title: { text: 'ε_T' } }, yaxis: { title: { text: 'task return' } } }} />
      </section>
        </>
      )}

      <section>
        <h2>4. Inside the learner</h2>
        <p className="hint">Each objective's temperature η_k from its dual, and the KL of its E-step weights, which the dual drives toward ε_k.</p>
        <Plot
          name="teacher-duals"
          height={300}
          data={duals}
          layout={{ title: { text: 'Temperatures and E-step KL per objective' }, xaxis: { title: { text: 'environment steps' } }, yaxis: { type: 'log', title: { text: 'η_k' } }, yaxis2: { type: 'log', title: { text: 'KL(q_k ‖ π_old)' }, overlaying: 'y', side: 'right' } }}
        />
      </section>

      <section>
        <h2>Reproduce</h2>
        <Reproduce slug={paper.slug} claims={paper.claims} />
      </section>

      <TeacherScale />
    </main>
  );
}
