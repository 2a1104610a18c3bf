import { DOCUMENT_HEADERS } from '../core/documents.js';

/** The document's header: number, title, issuer, dates in force. */
export const DOCUMENT = DOCUMENT_HEADERS['business-environment-opinions-2024'];
