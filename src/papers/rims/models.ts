/**
 * The two models a run trains: RIMs on the task, and the LSTM baseline with
 * the same number of parameters (Goyal et al. 2019, Table 1 compares RIMs
 * with LSTMs of 300 and 600 units).
 */
import type { Rng } from '../../core/rng';
import { ADD_INPUTS } from './addingTask';
import { COPY_TOKENS } from './copyingTask';
import { DIGIT_CLASSES } from './digitsTask';
import { LstmCell } from './lstmCell';
import { matchedWidth } from './matchedLstm';
import type { RimsParams, RimsTask } from './params';
import { RimCell, type RimConfig } from './rimCell';
import { SeqModel } from './seqModel';

/** Inputs per step and outputs of the read-out for a task. */
export function taskShape(task: RimsTask): { inputs: number; outputs: number } {
  if (task === 'copying') return { inputs: COPY_TOKENS, outputs: COPY_TOKENS };
  if (task === 'digits') return { inputs: 1, outputs: DIGIT_CLASSES };
  return { inputs: ADD_INPUTS, outputs: 1 };
}

export function rimConfig(p: RimsParams): RimConfig {
  return {
    inputSize: taskShape(p.task).inputs, modules: p.modules, active: p.active, hidden: p.hidden,
    inputKey: p.inputKey, inputValue: p.inputValue, commHeads: p.commHeads, commKey: p.commKey, commValue: p.commValue, rnn: p.rnn,
  };
}

export function buildRims(p: RimsParams, rng: Rng): SeqModel {
  return new SeqModel(new RimCell(rimConfig(p), rng.fork('cell')), taskShape(p.task).outputs, rng);
}

/** The baseline whose parameter count is closest to `target`. */
export function buildBaseline(p: RimsParams, target: number, rng: Rng): SeqModel {
  const { inputs, outputs } = taskShape(p.task);
  return new SeqModel(new LstmCell(inputs, matchedWidth(p.rnn, inputs, outputs, target), p.rnn, rng.fork('cell')), outputs, rng);
}
