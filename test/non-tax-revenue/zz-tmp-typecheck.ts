import * as api from '../../src/provident-fund-discredit/api.js';
export const FUNCTIONS = Object.entries(api)
  .filter((e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === 'function' && /^[a-z]/.test(e[0]));
