/**
 * Controls generated from a param schema: a slider plus a number box for
 * numbers (log-scaled where the field says so), a select for choices, a
 * checkbox for booleans, and a seed box with a re-roll button. Each says how
 * it acts on a running run (a `live` or `restart` mark, explained in its help,
 * which screen readers read with the control).
 */
import { useId } from 'react';
import { formatNumber, parseValue } from '../core/params/codec';
import type { Field, ParamsOf, Schema } from '../core/params/schema';
import { fromSlider, sliderAttrs, toSlider } from './sliderScale';

/** A fresh seed from the browser's crypto RNG: UI only, never in models or data. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] >>> 1;
}

interface ControlProps {
  field: Field;
  value: unknown;
  onChange(v: unknown): void;
}

/** How a change to the field acts on a running run, in words. */
export function actsText(f: Field): string {
  if (f.viewOnly) return 'Changes the view at once, also during a run.';
  if (f.live) return 'Live: during a run it takes effect at the next step, and the run records the change.';
  return 'Changing it during a run restarts the run with the new value.';
}

function Control({ field: f, value, onChange }: ControlProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const testId = `param-${f.key}`;
  const help = [f.help, actsText(f)].filter(Boolean).join(' ');
  const label = (
    <label htmlFor={id} title={help}>
      {f.label}
      {'unit' in f && f.unit ? <span className="unit"> ({f.unit})</span> : null}
      {f.live ? <span className="live-badge" aria-hidden="true" data-testid={`live-${f.key}`}>live</span> : <span className="restart-badge" aria-hidden="true">restart</span>}
    </label>
  );
  const described = <span id={helpId} className="sr-only">{help}</span>;
  switch (f.kind) {
    case 'boolean':
      return (
        <div className="control control-bool">
          <input id={id} data-testid={testId} type="checkbox" aria-describedby={helpId} checked={value as boolean} onChange={(e) => onChange(e.target.checked)} />
          {label}
          {described}
        </div>
      );
    case 'choice':
      return (
        <div className="control">
          {label}
          <select id={id} data-testid={testId} aria-describedby={helpId} value={value as string} onChange={(e) => onChange(e.target.value)}>
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
          {described}
        </div>
      );
    case 'seed':
      return (
        <div className="control">
          {label}
          <div className="control-row">
            <NumberBox id={id} testId={testId} field={f} value={value as number} onChange={onChange} describedBy={helpId} />
            <button type="button" onClick={() => onChange(newSeed())} title="New random seed" aria-label={`${f.label}: new random seed`}>↻</button>
          </div>
          {described}
        </div>
      );
    default:
      return (
        <div className="control">
          {label}
          <div className="control-row">
            <input
              type="range"
              aria-label={`${f.label} slider`}
              aria-valuetext={`${formatNumber(value as number)}${'unit' in f && f.unit ? ` ${f.unit}` : ''}`}
              aria-describedby={helpId}
              {...sliderAttrs(f)}
              value={toSlider(f, value as number)}
              onChange={(e) => onChange(fromSlider(f, Number(e.target.value)))}
            />
            <NumberBox id={id} testId={testId} field={f} value={value as number} onChange={onChange} describedBy={helpId} />
          </div>
          {described}
        </div>
      );
  }
}

/** Commits on blur or Enter; bad input is clamped or restored, never stored raw. */
function NumberBox({ id, testId, field, value, onChange, describedBy }: { id: string; testId: string; field: Field; value: number; onChange(v: unknown): void; describedBy?: string }) {
  const commit = (el: HTMLInputElement) => {
    const parsed = parseValue(field, el.value, value);
    el.value = formatNumber(parsed.value as number);
    el.title = parsed.notice ?? '';
    if (parsed.value !== value) onChange(parsed.value);
  };
  return (
    <input
      id={id}
      data-testid={testId}
      className="number-box"
      type="text"
      inputMode="decimal"
      aria-describedby={describedBy}
      key={value}
      defaultValue={formatNumber(value)}
      onBlur={(e) => commit(e.currentTarget)}
      onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget)}
    />
  );
}

export interface ParamControlsProps<S extends Schema> {
  schema: S;
  values: ParamsOf<S>;
  onChange<K extends keyof ParamsOf<S>>(name: K, value: ParamsOf<S>[K]): void;
  /** Field names to show; all by default. */
  only?: readonly (keyof S)[];
  /** The run seed (part of every link), shown last when given. */
  seed?: number;
  onSeedChange?(seed: number): void;
}

const RUN_SEED: Field = { kind: 'seed', key: 'seed', label: 'Seed', default: 1, help: 'Same seed, same run.' };

export function ParamControls<S extends Schema>({ schema, values, onChange, only, seed, onSeedChange }: ParamControlsProps<S>) {
  const names = (only ?? Object.keys(schema)) as (keyof S & string)[];
  return (
    <div className="param-controls">
      {names.map((name) => (
        <Control
          key={name}
          field={schema[name]}
          value={values[name]}
          onChange={(v) => onChange(name, v as ParamsOf<S>[typeof name])}
        />
      ))}
      {seed !== undefined && onSeedChange ? (
        <Control field={RUN_SEED} value={seed} onChange={(v) => onSeedChange(v as number)} />
      ) : null}
    </div>
  );
}
