/**
 * A seeded world of entities whose facts recur across documents, so that
 * memorisation (closed-book recall) and retrieval (RETRO) have something to
 * find. People live in cities, work as something and were born in a year;
 * cities lie in countries; each country has a capital among its cities.
 * People are ranked by popularity (Zipf), so famous people recur more often.
 */
import type { Rng } from '../rng';
import type { WordFactory } from './words';
import { ZipfSampler } from './zipf';

export type Relation = 'lives_in' | 'works_as' | 'born_in' | 'is_in' | 'capital_of';

/** Sentence templates; the object is the part a recall probe must produce. */
export const TEMPLATES: Record<Relation, { before: string; after: string }> = {
  lives_in: { before: '{s} lives in ', after: '.' },
  works_as: { before: '{s} works as a ', after: '.' },
  born_in: { before: '{s} was born in ', after: '.' },
  is_in: { before: '{s} is in ', after: '.' },
  capital_of: { before: 'the capital of {s} is ', after: '.' },
};

export interface Fact {
  /** Index in World.facts. */
  index: number;
  relation: Relation;
  subject: string;
  object: string;
  /** The sentence up to (not including) the object, e.g. "kavo lives in ". */
  prefix: string;
  /** The whole sentence, e.g. "kavo lives in tirema." */
  text: string;
}

export interface Person { name: string; city: string; job: string; born: number }
export interface City { name: string; country: string }
export interface Country { name: string; capital: string }

export interface WorldOptions {
  people: number;
  cities: number;
  countries: number;
  jobs: number;
  /** Zipf exponent of people's popularity. */
  popularityExponent: number;
  /** Birth years are drawn uniformly from [firstYear, lastYear]. */
  firstYear: number;
  lastYear: number;
}

/** City and country counts that scale with the number of people. */
export function worldSizes(people: number): Pick<WorldOptions, 'people' | 'cities' | 'countries' | 'jobs'> {
  const cities = Math.max(3, Math.round(people / 8));
  return { people, cities, countries: Math.max(2, Math.round(cities / 4)), jobs: 12 };
}

function makeFact(index: number, relation: Relation, subject: string, object: string): Fact {
  const t = TEMPLATES[relation];
  const prefix = t.before.replace('{s}', subject);
  return { index, relation, subject, object, prefix, text: prefix + object + t.after };
}

export class World {
  readonly people: readonly Person[];
  readonly cities: readonly City[];
  readonly countries: readonly Country[];
  readonly jobs: readonly string[];
  readonly facts: readonly Fact[];
  private readonly popularity: ZipfSampler;
  private readonly bySubject = new Map<string, Fact[]>();

  constructor(words: WordFactory, opts: WorldOptions, rng: Rng) {
    if (opts.cities < opts.countries) throw new RangeError('World needs at least one city per country');
    const countryNames = words.words(opts.countries);
    const cityNames = words.words(opts.cities);
    this.jobs = words.words(opts.jobs);
    const cities: City[] = cityNames.map((name, i) => ({
      name,
      country: countryNames[i < opts.countries ? i : rng.int(opts.countries)],
    }));
    this.cities = cities;
    this.countries = countryNames.map((name) => {
      const own = cities.filter((c) => c.country === name);
      return { name, capital: rng.pick(own).name };
    });
    this.people = words.words(opts.people).map((name) => ({
      name,
      city: rng.pick(cities).name,
      job: rng.pick(this.jobs),
      born: opts.firstYear + rng.int(opts.lastYear - opts.firstYear + 1),
    }));
    this.popularity = new ZipfSampler(opts.people, opts.popularityExponent);

    const facts: Fact[] = [];
    const add = (rel: Relation, s: string, o: string): void => {
      const f = makeFact(facts.length, rel, s, o);
      facts.push(f);
      const list = this.bySubject.get(s);
      if (list) list.push(f);
      else this.bySubject.set(s, [f]);
    };
    for (const p of this.people) {
      add('lives_in', p.name, p.city);
      add('works_as', p.name, p.job);
      add('born_in', p.name, String(p.born));
    }
    for (const c of this.cities) add('is_in', c.name, c.country);
    for (const c of this.countries) add('capital_of', c.name, c.capital);
    this.facts = facts;
  }

  /** A person drawn by popularity (Zipf over people's ranks). */
  samplePerson(rng: Rng): Person {
    return this.people[this.popularity.sample(rng)];
  }

  factsAbout(subject: string): readonly Fact[] {
    return this.bySubject.get(subject) ?? [];
  }

  fact(subject: string, relation: Relation): Fact | undefined {
    return this.factsAbout(subject).find((f) => f.relation === relation);
  }

  /**
   * The two-hop chain "p lives in c. c is in k. so p is in " -> k, with the
   * two supporting facts.
   */
  twoHop(person: Person): { hops: [Fact, Fact]; prefix: string; answer: string } {
    const hop1 = this.fact(person.name, 'lives_in');
    const hop2 = this.fact(person.city, 'is_in');
    if (!hop1 || !hop2) throw new Error(`world has no chain for ${person.name}`);
    return { hops: [hop1, hop2], prefix: `so ${person.name} is in `, answer: hop2.object };
  }
}
