/**
 * The colour of expert e in the token-route view: the theme's categorical
 * palette, extended by six so that all 16 experts of the largest sweep stay
 * distinct (the theme's ten would repeat from expert 10). Tokens that skip
 * every expert (e < 0) are grey.
 */
import { PALETTE } from '../../ui/plotTheme';

const MORE = ['#1e40af', '#9a3412', '#065f46', '#7f1d1d', '#155e75', '#854d0e'] as const;
const EXPERT_COLOURS: readonly string[] = [...PALETTE, ...MORE];

export function expertColour(e: number): string {
  return e < 0 ? '#9ca3af' : EXPERT_COLOURS[e % EXPERT_COLOURS.length];
}
