/**
 * The run settings of one domain: the preset picker, the domain's key
 * controls and its folded "More settings" (RunSettings over domainSchema),
 * then one more fold with the fields this domain does not read, kept so that
 * every link still carries them. Like the other folds it opens by itself when
 * one of its values differs from the preset.
 */
import { presetParams } from '../../core/params/presets';
import { ParamControls } from '../../ui/ParamControls';
import { RunSettings } from '../../ui/RunSettings';
import { domainSchema, unusedFields, usedFields } from './domainFields';
import type { TeacherPaper, TeacherRun } from './domainView';
import type { Domain } from './params';

const OTHER: Record<Domain, string> = { pointMass: 'the humanoid', humanoidStand: 'the point mass', humanoidWalk: 'the point mass' };

export function DomainSettings({ paper, run, domain }: { paper: TeacherPaper; run: TeacherRun; domain: Domain }) {
  const schema = domainSchema(domain);
  const unused = unusedFields(domain);
  const preset = presetParams(paper.schema, paper.presets, run.preset);
  const changed = unused.some((n) => run.params[n] !== preset[n]);
  return (
    <div className="teacher-settings">
      <RunSettings paper={{ ...paper, schema }} run={run} only={usedFields(domain)} />
      <div className="more-settings">
        <details data-group="unused" open={changed || undefined}>
          <summary>
            Not used by this domain: settings of {OTHER[domain]} <span className="count">({unused.length})</span>
          </summary>
          <ParamControls schema={schema} values={run.params} onChange={run.setParam} only={unused} />
        </details>
      </div>
    </div>
  );
}
