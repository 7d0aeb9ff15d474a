import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { DOC_SEP, encode, evaluateExpression, makeCorpus } from '../../core/corpus';
import { TransformerLM } from '../../core/lm';
import { Rng } from '../../core/rng';
import { gopherFamily } from './family';
import { CANDIDATES, TASK_FAMILIES, fewShotPrompt, taskBattery, taskItems } from './tasks';
import { scoreFamily, scoreItems } from './taskScoring';

const corpus = makeCorpus({ totalTokens: 60_000 }, new Rng(5));

describe('fewShotPrompt', () => {
  it('puts `shots` solved examples, one per line, before the query', () => {
    const ex = [{ prompt: '|1+1=', answer: '2\n' }, { prompt: '|kavo lives in ', answer: 'tirema.' }, { prompt: '|x', answer: 'y' }];
    expect(fewShotPrompt(ex, '|3+4=', 0)).toBe('|3+4=');
    expect(fewShotPrompt(ex, '|3+4=', 2)).toBe('|1+1=2\n|kavo lives in tirema.\n|3+4=');
    expect(fewShotPrompt(ex, '|q', 5)).toBe('|1+1=2\n|kavo lives in tirema.\n|xy\n|q');
  });
});

describe('taskItems', () => {
  it('are deterministic, encodable, and have exactly one correct candidate checkable by code', () => {
    const battery = taskBattery(corpus, 40, 2, new Rng(1));
    expect(taskBattery(corpus, 40, 2, new Rng(1))).toEqual(battery);
    const world = corpus.world;
    for (const f of TASK_FAMILIES) {
      expect(battery[f]).toHaveLength(40);
      for (const it of battery[f]) {
        expect(it.family).toBe(f);
        expect(it.query.startsWith(DOC_SEP)).toBe(true);
        expect(it.prompt.endsWith(it.query)).toBe(true);
        expect(it.prompt.split(DOC_SEP)).toHaveLength(3 + 1);
        expect(it.candidates).toHaveLength(CANDIDATES[f]);
        expect(new Set(it.candidates).size).toBe(it.candidates.length);
        expect(() => encode(it.prompt + it.candidates.join(''))).not.toThrow();
        const ok = it.candidates.map((c) => {
          const body = c.slice(0, -1);
          switch (f) {
            case 'knowledge':
              return world.facts.some((x) => DOC_SEP + x.prefix === it.query && x.object === body);
            case 'reading':
              return it.query.includes(`remember ${body}.`);
            case 'maths':
              return String(evaluateExpression(it.query.slice(1))) === body && c.endsWith('\n');
            case 'logic': {
              const name = /so (\w+) is in $/.exec(it.query)?.[1];
              const person = world.people.find((p) => p.name === name);
              return world.cities.find((x) => x.name === person?.city)?.country === body;
            }
            case 'grammar': {
              const head = corpus.lexicon.analyze(it.query.slice(1).split(' ')[1]);
              const verb = corpus.lexicon.analyze(body);
              return verb?.cls === 'verb' && verb.plural === head?.plural;
            }
          }
        });
        expect(ok.filter(Boolean)).toHaveLength(1);
        expect(ok[it.correct]).toBe(true);
      }
    }
  });

  it('logic items offer the intermediate city, which is in the prompt but wrong', () => {
    for (const it of taskItems(corpus, 'logic', 20, 0, new Rng(2))) {
      const wrongInPrompt = it.candidates.filter((c, i) => i !== it.correct && it.query.includes(c.slice(0, -1)));
      expect(wrongInPrompt.length).toBeGreaterThan(0);
    }
  });
});

describe('scoreItems', () => {
  it('scores an untrained model near chance without leaking tensors', async () => {
    const tf = await initNodeBackend('wasm');
    const [m] = gopherFamily({ models: 4, baseWidth: 8, seqLen: 32 });
    const model = new TransformerLM(m.config, new Rng(1));
    try {
      const before = tf.memory().numTensors;
      const items = taskItems(corpus, 'grammar', 30, 1, new Rng(3));
      const s = await scoreItems(model, items);
      expect(s.accuracy).toBeGreaterThanOrEqual(0);
      expect(s.accuracy).toBeLessThanOrEqual(1);
      expect(await scoreFamily(model, items)).toBe(s.accuracy);
      expect(await scoreFamily(model, [])).toBe(0);
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      model.dispose();
    }
  });
});
