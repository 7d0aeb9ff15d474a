/**
 * Hyperparameters of the RIMs panel (Goyal et al. 2019, arXiv 1909.10893,
 * Sec. 2 and 4; official code `anirudh9119/RIMs`, whose copying run is
 * 600 hidden units in k_T = 6 modules with k_A = 4, trained at T = 50 and
 * tested at T = 200). Every run trains a RIMs model and, beside it, an LSTM
 * with as many parameters as the RIMs model has.
 */
import { bool, choice, defineSchema, int, num, type ParamsOf } from '../../core/params/schema';

export const rimsSchema = defineSchema({
  task: choice({ primary: true,
    key: 'task', label: 'Task', default: 'copying',
    options: [{ value: 'copying', label: 'Copying' }, { value: 'digits', label: 'Sequential digits' }, { value: 'adding', label: 'Adding' }],
  }),
  modules: int({ primary: true, key: 'kt', label: 'Modules k_T', default: 6, min: 1, max: 12, help: 'Number of RIMs, each with its own recurrent weights (6 in the paper).' }),
  active: int({ primary: true, key: 'ka', label: 'Active modules k_A', default: 4, min: 1, max: 12, help: 'Modules updated per step: the k_A with the least attention on the null input (4 in the paper). At most k_T.' }),
  hidden: int({ group: 'model', key: 'h', label: 'Hidden size per module', default: 16, min: 2, max: 128, unit: 'units', help: '100 per module (600 in all) in the paper.' }),
  rnn: choice({ group: 'model', key: 'rnn', label: 'Module dynamics', default: 'lstm', options: [{ value: 'lstm', label: 'LSTM' }, { value: 'gru', label: 'GRU' }] }),
  inputKey: int({ group: 'model', key: 'ik', label: 'Input attention key size', default: 16, min: 2, max: 128, help: '64 in the official code.' }),
  inputValue: int({ group: 'model', key: 'iv', label: 'Input attention value size', default: 32, min: 2, max: 512, help: '4 × the block size (400) in the official code.' }),
  commHeads: int({ group: 'model', key: 'ch', label: 'Communication heads', default: 2, min: 1, max: 8, help: '4 in the official code.' }),
  commKey: int({ group: 'model', key: 'ck', label: 'Communication key size', default: 8, min: 2, max: 64, help: 'Per head: 16 in the official code.' }),
  commValue: int({ group: 'model', key: 'cv', label: 'Communication value size', default: 8, min: 2, max: 64, help: 'Per head: 16 in the official code.' }),
  dropout: num({ group: 'training', key: 'drop', label: 'Attention dropout', default: 0, live: true, min: 0, max: 0.7, step: 0.05, help: 'On both attentions while training (0.5 in the official code).' }),
  baseline: bool({ group: 'model', key: 'lstm', label: 'Train the matched LSTM beside it', default: true }),
  gap: int({ primary: true, key: 'gap', label: 'Copying: training gap T', default: 10, min: 1, max: 400, unit: 'steps', help: 'Blanks between the 10 symbols and the recall marker; a sequence is T + 20 steps.' }),
  testGap: int({ primary: true, key: 'tgap', label: 'Copying: test gap', default: 40, min: 1, max: 1000, unit: 'steps' }),
  resolution: int({ primary: true, key: 'res', label: 'Digits: training resolution', default: 14, min: 4, max: 28, unit: 'pixels', help: 'Read pixel by pixel (r² steps); tested at r × 16/14, 19/14 and 24/14.' }),
  digitPool: int({ group: 'data', key: 'pool', label: 'Digits: training images', default: 2000, min: 50, max: 20_000, log: true, help: 'Drawn once from the seed, like a fixed training set.' }),
  addLength: int({ group: 'data', key: 'alen', label: 'Adding: training length', default: 50, min: 4, max: 400, unit: 'steps' }),
  testAddLength: int({ group: 'data', key: 'talen', label: 'Adding: test length', default: 200, min: 4, max: 1000, unit: 'steps' }),
  steps: int({ group: 'training', key: 'steps', label: 'Training steps', default: 200, min: 1, max: 20_000, log: true }),
  batchSize: int({ group: 'training', key: 'batch', label: 'Batch size', default: 64, min: 1, max: 256, unit: 'sequences' }),
  lr: num({ group: 'training', key: 'lr', label: 'Learning rate (Adam)', default: 1e-2, live: true, min: 1e-5, max: 3e-2, log: true, help: '1e-3 for copying and 7e-4 for sequential MNIST in the official code.' }),
  clipNorm: num({ group: 'training', key: 'clip', label: 'Gradient clip', default: 1, live: true, min: 0, max: 10, step: 0.1, help: 'Global gradient-norm clip; 0 turns it off.' }),
  evalEvery: int({ group: 'evaluation', key: 'evev', label: 'Evaluate every', default: 25, live: true, min: 1, max: 5_000, unit: 'steps' }),
  evalBatch: int({ group: 'evaluation', key: 'evb', label: 'Evaluation sequences', default: 128, min: 4, max: 1024, log: true }),
});

export type RimsParams = ParamsOf<typeof rimsSchema>;
export type RimsTask = RimsParams['task'];
