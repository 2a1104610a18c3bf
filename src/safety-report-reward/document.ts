import { DOCUMENT_HEADERS } from '../core/documents.js';

/** The document's header: number, title, issuer, dates in force. */
export const DOCUMENT = DOCUMENT_HEADERS['safety-report-reward-2024'];
