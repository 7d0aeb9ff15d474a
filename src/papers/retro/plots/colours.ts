/**
 * One colour per model across the RETRO panel's charts, so a model is the
 * same colour wherever it appears: the baseline a neutral grey, the RETRO
 * variants the theme's first categorical colours.
 */
import { paletteColour } from '../../../ui/plotTheme';

export const BASE = '#555555', ON = paletteColour(0), OFF = paletteColour(1), FIT = paletteColour(2);
