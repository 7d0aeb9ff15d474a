/**
 * The settings of a panel's run: the preset picker, then a control for each
 * schema field (or only some of them) and the seed. Every value here is part
 * of the share link.
 */
import type { PaperDef } from '../core/paper';
import type { ParamsOf, Schema } from '../core/params/schema';
import { ParamControls } from './ParamControls';
import { PresetPicker } from './PresetPicker';
import type { ExperimentRun } from './useExperimentRun';

export function RunSettings<S extends Schema>({ paper, run, only }: { paper: PaperDef<S>; run: ExperimentRun<ParamsOf<S>>; only?: readonly (keyof S)[] }) {
  return (
    <>
      <PresetPicker presets={paper.presets} value={run.preset} onChange={run.setPreset} />
      <ParamControls schema={paper.schema} values={run.params} onChange={run.setParam} only={only} seed={run.seed} onSeedChange={run.setSeed} />
    </>
  );
}
