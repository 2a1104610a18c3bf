export * from './api.js';
export * from '../core/public.js';
