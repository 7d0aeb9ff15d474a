/** Colours of the teacher panel: the agent with and without teachers, each teacher (arrows, curves) and the selection choices. */
export const WITH = '#1f5fbf';
export const WITHOUT = '#b3261e';
export const TEACHER = '#e08a1e';
export const OBJECTIVE_COLOURS: Readonly<Record<string, number>> = { agent: 0x1f5fbf, task: 0x1f5fbf, waypoint: 0xe08a1e, goal: 0x2e9e4a, hold: 0x7a7a7a, x: 0xb3261e, y: 0x8e44ad, stand: 0xe08a1e, walk: 0x2e9e4a };
export const CHOICE_COLOURS = ['#7a7a7a', '#e08a1e', '#2e9e4a', '#8e44ad'];

export const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`;
export const objectiveColour = (name: string, fallback = 0x333333) => hex(OBJECTIVE_COLOURS[name] ?? fallback);
