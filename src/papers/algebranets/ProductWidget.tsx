/** "How a weight multiplies an activation": one random w and x in a chosen algebra, B(w), X and w ⊗ x = B(w) X. */
import { useMemo, useState } from 'react';
import { Rng } from '../../core/rng';
import { Tex } from '../../ui/Tex';
import { ALGEBRAS, algebra, blockOf, multiply, multipliesPerProduct, type AlgebraId } from './algebras';
import { blockTex } from './AlgebraTable';

/** A row-major rows×cols matrix as KaTeX, one decimal. */
export function matrixTex(values: readonly number[], rows: number, cols: number): string {
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) lines.push(values.slice(i * cols, (i + 1) * cols).map((v) => (Math.round(v * 10) / 10).toFixed(1)).join(' & '));
  return `\\begin{bmatrix} ${lines.join(' \\\\ ')} \\end{bmatrix}`;
}

export function ProductWidget() {
  const [id, setId] = useState<AlgebraId>('H');
  const [draw, setDraw] = useState(1);
  const alg = algebra(id);
  const { x, B, y } = useMemo(() => {
    const rng = new Rng(draw);
    // Small integers keep the arithmetic checkable by hand.
    const pick = (): number[] => Array.from({ length: alg.d }, () => rng.int(7) - 3);
    const w = pick(), x = pick();
    return { x, B: blockOf(alg, w), y: multiply(alg, w, x) };
  }, [alg, draw]);
  const { p, r } = alg;
  return (
    <div className="product-widget" data-testid="product-widget">
      <div className="control-row">
        <label>
          Algebra{' '}
          <select data-testid="widget-algebra" value={id} onChange={(e) => setId(ALGEBRAS.find((a) => a.id === e.target.value)?.id ?? id)}>
            {ALGEBRAS.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </label>
        <button type="button" data-testid="widget-redraw" onClick={() => setDraw((n) => n + 1)}>New w and x</button>
      </div>
      <p>
        The weight <Tex>w</Tex> has {alg.d} real components; as an operator it is the {p}×{p} real block <Tex>{blockTex(alg)}</Tex>.
        The activation <Tex>x</Tex> is laid out as a {p}×{r} real matrix <Tex>X</Tex>.
      </p>
      <Tex block>{`w \\otimes x \\;=\\; B(w)\\,X \\;=\\; ${matrixTex(B, p, p)} ${matrixTex(x, p, r)} \\;=\\; ${matrixTex(y, p, r)}`}</Tex>
      <p className="hint" data-testid="widget-count">
        {r} column{r > 1 ? 's' : ''} × {p}×{p} block = {multipliesPerProduct(alg)} real multiplies for {alg.d} weight parameters:{' '}
        {multipliesPerProduct(alg) / alg.d} per parameter, where a real weight does 1.
      </p>
    </div>
  );
}
