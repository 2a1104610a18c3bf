import { DOCUMENT_HEADERS } from '../core/documents.js';

/** The document's header: number, title, issuer, dates in force. */
export const DOCUMENT = DOCUMENT_HEADERS['non-tax-revenue-2024'];
