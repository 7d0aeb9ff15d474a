/** The x axis of every learning curve: a row's step is the agent's environment steps. */
export const ENV_STEPS_AXIS = { title: { text: 'environment steps' } };
