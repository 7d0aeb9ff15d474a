/** Named starting points; each says why it exists. */
import type { Presets } from '../core/params/presets';

export function PresetPicker<P>({ presets, value, onChange }: { presets: Presets<P>; value: string; onChange(name: string): void }) {
  return (
    <div className="preset-picker">
      <label>
        Preset{' '}
        <select data-testid="preset" value={value} onChange={(e) => onChange(e.target.value)}>
          {Object.keys(presets).map((name) => (
            <option key={name} value={name} title={presets[name].reason}>{name}</option>
          ))}
        </select>
      </label>
      <span className="preset-reason">{presets[value]?.reason}</span>
    </div>
  );
}
