/** The paper's Table 1 beside our tiny family with the same proportions. */
import type { FamilyMember } from './family';
import { GOPHER_TABLE1 } from './table1';

export function RecipeTable({ family }: { family: FamilyMember[] | null }) {
  return (
    <div className="plots-2">
      <table className="claims" data-testid="gopher-table1">
        <caption>Rae et al. 2021, Table 1</caption>
        <thead><tr><th>model</th><th>layers</th><th>heads</th><th>kv size</th><th>d_model</th><th>max LR</th><th>batch</th></tr></thead>
        <tbody>
          {GOPHER_TABLE1.map((r) => (
            <tr key={r.model}><td>{r.model}</td><td>{r.layers}</td><td>{r.heads}</td><td>{r.kvSize}</td><td>{r.dModel.toLocaleString()}</td><td>{r.maxLr}</td><td>{r.batch}</td></tr>
          ))}
        </tbody>
      </table>
      <table className="claims" data-testid="gopher-family">
        <caption>Our family (counts from core/lm)</caption>
        <thead><tr><th>model</th><th>layers</th><th>heads</th><th>kv size</th><th>d_model</th><th>params</th><th>FLOPs/token</th></tr></thead>
        <tbody>
          {family ? (
            family.map((m) => (
              <tr key={m.name}><td>{m.name}</td><td>{m.nLayers}</td><td>{m.nHeads}</td><td>{m.kvSize}</td><td>{m.dModel}</td><td>{m.N.toLocaleString()}</td><td>{Math.round(m.flopsPerToken).toLocaleString()}</td></tr>
            ))
          ) : (
            <tr><td colSpan={7} className="hint">No family yet.</td></tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
