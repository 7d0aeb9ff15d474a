/**
 * One colour per router (and the dense models) across every routed-scaling
 * chart: the colour says which routing rule a curve or point belongs to.
 */
import type { LawRouter } from '../law';

export const ROUTER_COLOURS: Record<LawRouter | 'top1' | 'dense', string> = { sbase: '#1f5fbf', rlr: '#b45309', hash: '#047857', top1: '#b3261e', dense: '#555555' };
