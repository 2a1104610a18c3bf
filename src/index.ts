/**
 * ili-policy: the six 2024 policy documents of 伊犁州 as typed decision functions.
 * The root re-exports every function, error, constant and type of every subpath; instead of
 * each module's DOCUMENT and ARTICLES it exports DOCUMENTS, keyed by document id.
 */
export * from './core/public.js';
export * from './calendar/api.js';
export * from './safety-report-reward/api.js';
export * from './township-fire/api.js';
export * from './non-tax-revenue/api.js';
export * from './business-environment-plan/api.js';
export * from './business-environment-opinions/api.js';
export * from './provident-fund-discredit/api.js';
export { DOCUMENTS, type DocumentEntry } from './documents.js';
