export * from './api.js';
export { DOCUMENT, ARTICLES } from './document.js';
export * from '../core/public.js';
