/**
 * A small worker for the Approach 3 fit of pasted data: the full 4,500-start
 * grid takes seconds, and the page must stay responsive. No tfjs here.
 */
import * as Comlink from 'comlink';
import { COARSE_GRID, fitParametricLoss, PAPER_GRID, type LossPoint, type ParametricFit } from './fit';

export interface FitWorkerApi {
  fit(points: LossPoint[], grid: 'paper' | 'coarse'): ParametricFit;
}

const api: FitWorkerApi = {
  fit: (points, grid) => fitParametricLoss(points, { grid: grid === 'paper' ? PAPER_GRID : COARSE_GRID }),
};

Comlink.expose(api);
