/**
 * Each model's name and colour on every RIMs chart, so a model keeps its
 * colour from the training loss to the test curves and the bars; the RIMs
 * colour is also the heat map's "active" colour.
 */
import { paletteColour } from '../../../ui/plotTheme';
import type { ModelName } from '../experiment';

export const MODELS = ['rims', 'lstm'] as const satisfies readonly ModelName[];
export const MODEL_COLOUR: Record<ModelName, string> = { rims: paletteColour(0), lstm: paletteColour(4) };
export const MODEL_NAME: Record<ModelName, string> = { rims: 'RIMs', lstm: 'LSTM' };
