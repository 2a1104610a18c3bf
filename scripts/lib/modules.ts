/**
 * Each document's module API (src/<module>/api.ts), for the meta tests and the docs generator.
 */
import type { DocumentId } from '../../src/core/documents.js';
import * as safety from '../../src/safety-report-reward/api.js';
import * as fire from '../../src/township-fire/api.js';
import * as nonTax from '../../src/non-tax-revenue/api.js';
import * as plan from '../../src/business-environment-plan/api.js';
import * as opinions from '../../src/business-environment-opinions/api.js';
import * as fund from '../../src/provident-fund-discredit/api.js';
import * as calendar from '../../src/calendar/api.js';

type Api = Readonly<Record<string, unknown>>;

/** The exports of each module's api.ts, keyed by document id. */
export const MODULE_APIS: Readonly<Record<DocumentId, Api>> = {
  'safety-report-reward-2024': safety as Api,
  'township-fire-2024': fire as Api,
  'non-tax-revenue-2024': nonTax as Api,
  'business-environment-plan-2024': plan as Api,
  'business-environment-opinions-2024': opinions as Api,
  'provident-fund-discredit-2024': fund as Api,
};

/** The calendar subpath's exports (the core's public calendar API). */
export const CALENDAR_API: Api = calendar as Api;

/** `true` for a class (the error classes), as opposed to a callable function. */
export function isClass(value: unknown): boolean {
  return typeof value === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(value));
}

/** The names of a module's exported functions (classes excluded), sorted. */
export function functionsOf(api: Api): string[] {
  return Object.keys(api).filter((k) => typeof api[k] === 'function' && !isClass(api[k])).sort();
}
