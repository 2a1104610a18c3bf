// The module's functions, constants and types (everything but DOCUMENT and ARTICLES).
export {};
