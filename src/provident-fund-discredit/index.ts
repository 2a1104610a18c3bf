export * from './api.js';
export { DOCUMENT } from './document.js';
export * from '../core/public.js';
