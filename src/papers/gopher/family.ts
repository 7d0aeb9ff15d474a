/**
 * The tiny Gopher family (Rae et al. 2021, Table 1, scaled down). Model k
 * takes row k of Table 1 and keeps its proportions:
 *   d_model = baseWidth · d_k / 512         (width ratios 1, 1.5, 3, 4, 8, 32)
 *   layers  = max(1, round(L_k / 8))        (1, 2, 2, 3, 4, 10)
 *   heads   = max(1, round(H_k / 8)), lowered until it divides d_model
 * so the head (kv) size grows with the first rows and then levels off, as in
 * the table. RMSNorm, relative positions and a 4 · d_model feed-forward, as
 * in the paper; a character vocabulary of 52.
 */
import { VOCAB_SIZE } from '../../core/corpus/charTokenizer';
import type { LMConfig } from '../../core/lm/config';
import { countParams, trainingFlopsPerToken } from '../../core/lm/count';
import type { GopherParams } from './params';
import { GOPHER_TABLE1, type Table1Row } from './table1';

export interface FamilyMember {
  /** e.g. "44M-like": the Table 1 row whose shape it scales down. */
  name: string;
  dModel: number;
  nLayers: number;
  nHeads: number;
  kvSize: number;
  /** All parameters, embeddings included. */
  N: number;
  /** N without the token embedding (relative positions have no embedding). */
  nonEmbedding: number;
  /** Training FLOPs per token (forward + backward, Chinchilla Appendix F). */
  flopsPerToken: number;
  /** Table 1's peak learning rate over the 44M model's. */
  lrRatio: number;
  config: LMConfig;
}

const SMALLEST = GOPHER_TABLE1[0];

/** The scaled-down shape of one Table 1 row. */
export function memberShape(row: Table1Row, baseWidth: number): { dModel: number; nLayers: number; nHeads: number } {
  const dModel = Math.max(1, Math.round((baseWidth * row.dModel) / SMALLEST.dModel));
  const nLayers = Math.max(1, Math.round(row.layers / SMALLEST.layers));
  let nHeads = Math.max(1, Math.round(row.heads / 8));
  while (dModel % nHeads !== 0) nHeads--;
  return { dModel, nLayers, nHeads };
}

export function gopherFamily(p: Pick<GopherParams, 'models' | 'baseWidth' | 'seqLen'>): FamilyMember[] {
  const rows = GOPHER_TABLE1.slice(0, Math.max(1, Math.min(GOPHER_TABLE1.length, p.models)));
  return rows.map((row) => {
    const shape = memberShape(row, p.baseWidth);
    const config: LMConfig = {
      vocabSize: VOCAB_SIZE, seqLen: p.seqLen, ...shape, ffnRatio: 4, norm: 'rmsnorm', positions: 'relative',
    };
    const count = countParams(config);
    return {
      name: `${row.model}-like`,
      ...shape,
      kvSize: shape.dModel / shape.nHeads,
      N: count.total,
      nonEmbedding: count.nonEmbedding,
      flopsPerToken: trainingFlopsPerToken(config),
      lrRatio: row.maxLr / SMALLEST.maxLr,
      config,
    };
  });
}
