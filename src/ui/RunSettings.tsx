/**
 * The settings of a panel's run: the preset picker and the schema's key
 * controls in view, every other field folded into a "More settings" group per
 * topic (model, data, training, evaluation, view, run). A group opens by itself
 * when one of its values differs from the preset (a link that sets a folded
 * field opens that group). Every value here is part of the share link.
 */
import { presetParams, presetSeed, type Presets } from '../core/params/presets';
import { FIELD_GROUPS, groupOf, type FieldGroup, type ParamsOf, type Schema } from '../core/params/schema';
import { ParamControls } from './ParamControls';
import { PresetPicker } from './PresetPicker';
import type { ExperimentRun } from './useExperimentRun';

export function RunSettings<S extends Schema, A extends object, M extends string>({ paper, run, only }: {
  /** The paper (or any page) whose schema and presets these are. */
  paper: { schema: S; presets: Presets<ParamsOf<S>> };
  run: ExperimentRun<ParamsOf<S>, A, M>;
  only?: readonly (keyof S & string)[];
}) {
  const names = only ?? (Object.keys(paper.schema) as (keyof S & string)[]);
  const primary = names.filter((n) => groupOf(paper.schema[n]) === null);
  const preset = presetParams(paper.schema, paper.presets, run.preset);
  const groups = (Object.keys(FIELD_GROUPS) as FieldGroup[])
    .map((group) => ({ group, fields: names.filter((n) => groupOf(paper.schema[n]) === group) }))
    .filter(({ group, fields }) => fields.length > 0 || group === 'run');
  return (
    <div className="run-settings">
      <PresetPicker presets={paper.presets} value={run.preset} onChange={run.setPreset} />
      <ParamControls schema={paper.schema} values={run.params} onChange={run.setParam} only={primary} />
      <div className="more-settings">
        {groups.map(({ group, fields }) => {
          const changed = fields.some((n) => run.params[n] !== preset[n]) || (group === 'run' && run.seed !== presetSeed(paper.presets, run.preset));
          return (
            <details key={group} data-group={group} open={changed || undefined}>
              <summary>
                More settings: {FIELD_GROUPS[group].toLowerCase()} <span className="count">({fields.length + (group === 'run' ? 1 : 0)})</span>
              </summary>
              <ParamControls
                schema={paper.schema}
                values={run.params}
                onChange={run.setParam}
                only={fields}
                seed={group === 'run' ? run.seed : undefined}
                onSeedChange={group === 'run' ? run.setSeed : undefined}
              />
            </details>
          );
        })}
      </div>
    </div>
  );
}
