export * from './api.js';
export { ARTICLES, DOCUMENT } from './document.js';
export * from '../core/public.js';
