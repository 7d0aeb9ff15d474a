/**
 * What is wrong with a paper's presets, in words: a missing `tiny` or
 * `default`, an empty or multi-line reason, a param the schema lacks, a value
 * outside its field's range or options, or a `default` preset that differs
 * from the schema's defaults. Each paper's tests expect an empty list.
 */
import type { Presets } from './presets';
import type { ParamsOf, Schema } from './schema';

export function presetProblems<S extends Schema>(schema: S, presets: Presets<ParamsOf<S>>): string[] {
  const problems: string[] = [];
  for (const required of ['tiny', 'default']) {
    if (!Object.hasOwn(presets, required)) problems.push(`no '${required}' preset`);
  }
  for (const [name, preset] of Object.entries(presets)) {
    if (preset.reason.trim().length < 10 || preset.reason.includes('\n')) problems.push(`${name}: the reason should be one informative line`);
    for (const [key, value] of Object.entries(preset.params as Record<string, unknown>)) {
      const f = schema[key];
      if (!f) {
        problems.push(`${name}: '${key}' is not in the schema`);
        continue;
      }
      if (f.kind === 'number' || f.kind === 'int') {
        const v = value as number;
        if (!(v >= f.min && v <= f.max)) problems.push(`${name}: ${key} = ${v} outside [${f.min}, ${f.max}]`);
        if (f.kind === 'int' && !Number.isInteger(v)) problems.push(`${name}: ${key} = ${v} is not a whole number`);
      }
      if (f.kind === 'choice' && !f.options.some((o) => o.value === value)) problems.push(`${name}: ${key} = '${String(value)}' is not an option`);
    }
  }
  for (const [key, value] of Object.entries(presets.default?.params ?? {})) {
    if (value !== schema[key]?.default) problems.push(`default: ${key} = ${String(value)} differs from the schema default ${String(schema[key]?.default)}`);
  }
  return problems;
}
