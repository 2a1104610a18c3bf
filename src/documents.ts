import type { Article } from './core/citations.js';
import type { DocumentHeader, DocumentId } from './core/documents.js';
import * as safety from './safety-report-reward/document.js';
import * as fire from './township-fire/document.js';
import * as nonTax from './non-tax-revenue/document.js';
import * as plan from './business-environment-plan/document.js';
import * as opinions from './business-environment-opinions/document.js';
import * as fund from './provident-fund-discredit/document.js';
import { deepFreeze } from './core/frozen.js';

/** A document's header with its articles. */
export interface DocumentEntry extends DocumentHeader {
  articles: readonly Article[];
}

function entry(m: { DOCUMENT: DocumentHeader; ARTICLES?: readonly Article[] }): DocumentEntry {
  return { ...m.DOCUMENT, articles: m.ARTICLES ?? [] };
}

/** The six documents with their verbatim articles, keyed by document id. */
export const DOCUMENTS: Readonly<Record<DocumentId, DocumentEntry>> = /* @__PURE__ */ deepFreeze({
  'safety-report-reward-2024': /* @__PURE__ */ entry(safety),
  'township-fire-2024': /* @__PURE__ */ entry(fire),
  'non-tax-revenue-2024': /* @__PURE__ */ entry(nonTax),
  'business-environment-plan-2024': /* @__PURE__ */ entry(plan),
  'business-environment-opinions-2024': /* @__PURE__ */ entry(opinions),
  'provident-fund-discredit-2024': /* @__PURE__ */ entry(fund),
});
