/**
 * A recorded run handed to a paper's claims (`npm run claims -- <slug> --from
 * file.run.json`, e.g. a merged `npm run sweep`): it must be finished, and its
 * settings are decoded by this code's schema, so an unfinished sweep or a file
 * from settings this code does not accept is refused, naming the file. Claims
 * that read it say so in their table (`recordedOn`).
 */
import type { ClaimContext, RunFacts } from '../claims';
import { decodeLink, queryFromValues } from '../params/codec';
import type { Presets } from '../params/presets';
import type { ParamsOf, Schema } from '../params/schema';

export type RecordedRun = NonNullable<ClaimContext['recorded']>;

/** The recorded run's params and seed, decoded by `schema`, and its wall time; throws on an unfinished run or settings it does not accept. */
export function recordedFacts<S extends Schema>(schema: S, presets: Presets<ParamsOf<S>>, recorded: RecordedRun): RunFacts<ParamsOf<S>> {
  const r = recorded.run;
  if (r.end !== 'done') throw new Error(`${recorded.file} holds an unfinished run: ${r.message ?? r.end}`);
  const { state, notices } = decodeLink(schema, presets, queryFromValues(schema, r.params, r.seed, r.preset));
  if (notices.length) throw new Error(`${recorded.file}: settings this code does not accept: ${notices.map((n) => n.message).join(' ')}`);
  return { params: state.params, seed: state.seed, seconds: r.durationMs / 1000 };
}

/** What a claim was checked on when a recorded run replaced its live run (ClaimResult.checkedOn), or undefined when it trained live. */
export function recordedOn(ctx: Pick<ClaimContext, 'recorded'>): string | undefined {
  return ctx.recorded ? `run file ${ctx.recorded.file} (${ctx.recorded.run.preset}, seed ${ctx.recorded.run.seed})` : undefined;
}
