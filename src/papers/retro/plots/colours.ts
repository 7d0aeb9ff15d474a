/** One colour per model across the RETRO panel's charts. */
export const BASE = '#555555', ON = '#1f5fbf', OFF = '#d9822b', FIT = '#2e7d32';
