/** The algebras side by side: block form B(w), real parameters, multiplies per product, multiplies per parameter. */
import { Tex } from '../../ui/Tex';
import { ALGEBRAS, multipliesPerProduct, type Algebra } from './algebras';

/** Symbol of component k of an element, for the block-form table. */
export function componentName(alg: Algebra, k: number): string {
  switch (alg.id) {
    case 'R': return 'w';
    case 'C': return ['a', 'b'][k];
    case 'H': return ['a', 'b', 'c', 'd'][k];
    case 'M2C': return `${k < 4 ? 'a' : 'b'}_{${Math.floor((k % 4) / 2) + 1}${(k % 2) + 1}}`;
    default: {
      const n = alg.p;
      return `w_{${Math.floor(k / n) + 1}${(k % n) + 1}}`;
    }
  }
}

/** B(w) with symbols, as a KaTeX matrix. */
export function blockTex(alg: Algebra): string {
  const { d, p, structure } = alg;
  const rows: string[] = [];
  for (let i = 0; i < p; i++) {
    const cells: string[] = [];
    for (let j = 0; j < p; j++) {
      let cell = '0';
      for (let k = 0; k < d; k++) {
        const s = structure[k * p * p + i * p + j];
        if (s !== 0) cell = (s < 0 ? '-' : '') + componentName(alg, k);
      }
      cells.push(cell);
    }
    rows.push(cells.join(' & '));
  }
  return `\\begin{bmatrix} ${rows.join(' \\\\ ')} \\end{bmatrix}`;
}

const NOTE: Record<Algebra['id'], string> = {
  R: 'the baseline',
  C: 'complex block',
  H: 'left Hamilton matrix',
  M2R: 'the matrix itself; X has 2 columns',
  M3R: 'the matrix itself; X has 3 columns',
  M4R: 'the matrix itself; X has 4 columns',
  M2C: 'A + iB as [[A, −B], [B, A]]; X has 2 columns',
};

export function AlgebraTable() {
  return (
    <table className="claims" data-testid="algebra-table">
      <thead>
        <tr><th>algebra</th><th>block B(w) acting on X</th><th>real parameters per element</th><th>real multiplies per product</th><th>multiplies per parameter</th></tr>
      </thead>
      <tbody>
        {ALGEBRAS.map((a) => (
          <tr key={a.id} data-algebra={a.id}>
            <td><Tex>{a.tex}</Tex></td>
            <td>{a.p <= 4 ? <Tex>{blockTex(a)}</Tex> : null} <span className="hint">{NOTE[a.id]}</span></td>
            <td>{a.d}</td>
            <td>{multipliesPerProduct(a)}</td>
            <td>{multipliesPerProduct(a) / a.d}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
