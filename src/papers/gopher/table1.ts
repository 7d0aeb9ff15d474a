/**
 * Table 1 of Rae et al. 2021 (Gopher, arXiv 2112.11446): the six models'
 * shapes and training settings. kv size is the per-head key/value size; the
 * feed-forward width is 4 · d_model throughout. Batch is in tokens.
 */
export interface Table1Row {
  model: '44M' | '117M' | '417M' | '1.4B' | '7.1B' | '280B';
  layers: number;
  heads: number;
  kvSize: number;
  dModel: number;
  maxLr: number;
  batch: string;
}

export const GOPHER_TABLE1: readonly Table1Row[] = [
  { model: '44M', layers: 8, heads: 16, kvSize: 32, dModel: 512, maxLr: 6e-4, batch: '0.25M' },
  { model: '117M', layers: 12, heads: 12, kvSize: 64, dModel: 768, maxLr: 6e-4, batch: '0.25M' },
  { model: '417M', layers: 12, heads: 12, kvSize: 128, dModel: 1536, maxLr: 2e-4, batch: '0.25M' },
  { model: '1.4B', layers: 24, heads: 16, kvSize: 128, dModel: 2048, maxLr: 2e-4, batch: '0.25M' },
  { model: '7.1B', layers: 32, heads: 32, kvSize: 128, dModel: 4096, maxLr: 1.2e-4, batch: '2M' },
  { model: '280B', layers: 80, heads: 128, kvSize: 128, dModel: 16384, maxLr: 4e-5, batch: '3M → 6M' },
];

/** Gopher trained every model on the same 300B tokens (Section 3). */
export const GOPHER_TOKENS = 300e9;
