/** View settings of the 3-D crystal views: iso level, 2x2x2 repeat, atoms and bonds. */
export interface ViewSettings {
  iso: number;
  repeat: boolean;
  atoms: boolean;
  bondCutoff: number;
  /** Turn the input view every frame and measure its frame rate. */
  spin: boolean;
}

export function ViewControls({ value, onChange }: { value: ViewSettings; onChange(v: ViewSettings): void }) {
  return (
    <fieldset className="view-controls">
      <legend>3-D views</legend>
      <label className="field">
        Iso level {value.iso.toFixed(2)} of the way from the lowest to the peak density
        <input type="range" data-testid="crystal-iso" min={0.02} max={0.9} step={0.01} value={value.iso} onChange={(e) => onChange({ ...value, iso: Number(e.target.value) })} />
      </label>
      <label className="field">
        <input type="checkbox" data-testid="crystal-repeat" checked={value.repeat} onChange={(e) => onChange({ ...value, repeat: e.target.checked })} /> 2x2x2 repeat (else one unit cell)
      </label>
      <label className="field">
        <input type="checkbox" data-testid="crystal-atoms" checked={value.atoms} onChange={(e) => onChange({ ...value, atoms: e.target.checked })} /> atoms and bonds
      </label>
      <label className="field">
        Bonds shorter than {value.bondCutoff.toFixed(1)} Å
        <input type="range" min={1} max={5} step={0.1} value={value.bondCutoff} onChange={(e) => onChange({ ...value, bondCutoff: Number(e.target.value) })} />
      </label>
      <label className="field">
        <input type="checkbox" data-testid="crystal-spin" checked={value.spin} onChange={(e) => onChange({ ...value, spin: e.target.checked })} /> turn the input view (and measure its frames/s)
      </label>
      <p className="hint">Drag to orbit, scroll to zoom. The repeat shifts the cell by its lattice vectors; in the repeating-lattice representation the box already holds many cells.</p>
    </fieldset>
  );
}
