/**
 * Typed hyperparameter schemas. One schema per paper gives the TypeScript type
 * of its params, the defaults, the generated controls and the URL codec.
 * A field's object key is the param name in code; `key` is its short URL key.
 */

interface FieldBase {
  /** Short URL key, e.g. `lr`. Unique within a schema; not one of RESERVED_KEYS. */
  key: string;
  label: string;
  help?: string;
  /**
   * How a change acts on a running run. `live`: read at the next step through
   * ctx.live() (learning rates, loss weights, temperatures, clipping, noise,
   * evaluation cadence) and recorded as a tweak the run's link replays. Not
   * live (the default): a restart field (model shape, data, seeds, budgets);
   * changing it mid-run starts a fresh run with the new value.
   */
  live?: boolean;
  /**
   * Read only by the panel's views, never by the experiment (a calculator's
   * input, which crystal to draw): changes show at once, never restart a run
   * and are not recorded as tweaks. Implies live.
   */
  viewOnly?: boolean;
  /**
   * One of the panel's 4–7 key controls (the ones its "what to try" list uses),
   * shown beside the figure. The others fold into "More settings" by `group`.
   */
  primary?: boolean;
  /** The folded "More settings" group of a field that is not primary (default 'model'). */
  group?: FieldGroup;
}

/** Topics of the folded "More settings" groups, in the order they are shown. */
export const FIELD_GROUPS = {
  model: 'Model',
  data: 'Data',
  training: 'Training',
  evaluation: 'Evaluation',
  view: 'View',
  run: 'Run',
} as const;
export type FieldGroup = keyof typeof FIELD_GROUPS;

/** The group a field folds into, or null for a key control. */
export function groupOf(f: { primary?: boolean; group?: FieldGroup }): FieldGroup | null {
  return f.primary ? null : (f.group ?? 'model');
}

export interface NumberField extends FieldBase {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  /** Slider resolution in linear units; ignored on log scale. */
  step?: number;
  log?: boolean;
  unit?: string;
}

export interface IntField extends FieldBase {
  kind: 'int';
  default: number;
  min: number;
  max: number;
  log?: boolean;
  unit?: string;
}

export interface ChoiceOption<T extends string = string> {
  value: T;
  label: string;
}

export interface ChoiceField<T extends string = string> extends FieldBase {
  kind: 'choice';
  default: T;
  options: readonly ChoiceOption<T>[];
}

export interface BoolField extends FieldBase {
  kind: 'boolean';
  default: boolean;
}

/** An extra seed (e.g. the data seed); the run seed itself is part of every link. */
export interface SeedField extends FieldBase {
  kind: 'seed';
  default: number;
}

export type Field = NumberField | IntField | ChoiceField | BoolField | SeedField;
export type Schema = Record<string, Field>;

type ValueOf<F> = F extends ChoiceField<infer T>
  ? T
  : F extends BoolField
    ? boolean
    : number;

export type ParamsOf<S extends Schema> = { -readonly [K in keyof S]: ValueOf<S[K]> };

/** Link keys the shell owns (embed: no site chrome; results: a result link's payload; tweaks: live changes); schemas may not use them. */
export const RESERVED_KEYS = ['seed', 'preset', 'run', 'backend', 'embed', 'results', 'tweaks'] as const;

export const num = (f: Omit<NumberField, 'kind'>): NumberField => ({ kind: 'number', ...f });
export const int = (f: Omit<IntField, 'kind'>): IntField => ({ kind: 'int', ...f });
export const bool = (f: Omit<BoolField, 'kind'>): BoolField => ({ kind: 'boolean', ...f });
export const seedField = (f: Omit<SeedField, 'kind'>): SeedField => ({ kind: 'seed', ...f });
export function choice<const T extends string>(f: Omit<ChoiceField<T>, 'kind'>): ChoiceField<T> {
  return { kind: 'choice', ...f };
}

/**
 * Checks a schema once at definition: unique URL keys, no reserved keys,
 * defaults inside their ranges. A broken schema is a programming error, so it throws.
 */
export function defineSchema<S extends Schema>(schema: S): S {
  const seen = new Set<string>();
  for (const [name, f] of Object.entries(schema)) {
    if ((RESERVED_KEYS as readonly string[]).includes(f.key)) {
      throw new Error(`param ${name}: URL key '${f.key}' is reserved`);
    }
    if (seen.has(f.key)) throw new Error(`param ${name}: URL key '${f.key}' is used twice`);
    seen.add(f.key);
    if (f.kind === 'number' || f.kind === 'int') {
      if (!(f.min <= f.default && f.default <= f.max)) {
        throw new Error(`param ${name}: default ${f.default} outside [${f.min}, ${f.max}]`);
      }
      if (f.log && f.min <= 0) throw new Error(`param ${name}: log scale needs min > 0`);
    }
    if (f.kind === 'choice' && !f.options.some((o) => o.value === f.default)) {
      throw new Error(`param ${name}: default '${f.default}' is not an option`);
    }
  }
  return schema;
}

export function defaultsOf<S extends Schema>(schema: S): ParamsOf<S> {
  const out: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(schema)) out[name] = f.default;
  return out as ParamsOf<S>;
}
