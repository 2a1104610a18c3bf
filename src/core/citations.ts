/**
 * Citations: every decision of the library says which text it rests on, quoted verbatim.
 *
 * A module describes its document as a list of {@link Article}s (the text, as in the seed,
 * split into 款 and 项), and builds its citations with {@link createCiter}, which checks at
 * build time that every quote is really part of the article it names.
 */
import type { DocumentHeader, DocumentId } from './documents.js';

/** Sources outside the six documents that decisions rest on (民法典, holiday notices...). */
export type ExternalSourceId =
  | 'prc-civil-code'
  | 'state-council-holiday-notice'
  | 'xinjiang-festival-holidays'
  /** 《全国年节及纪念日放假办法》: the provisional statutory calendar (options.provisional). */
  | 'national-holidays-measures'
  | 'retirement-age-measures-2024'
  | 'work-safety-report-reward-measures-2018'
  | 'ili-policy-reading';

/**
 * One cited text. `label` is human-readable Chinese (`伊州公积金管办〔2024〕2号 第七条第（一）项`),
 * `quote` the cited text verbatim. `part` is used by documents numbered by sections.
 * `textHash` is a short hash of the whole article's text (so amendments are found by a test),
 * `reading` states the library's reading where the text allows two.
 */
export interface Citation {
  document: DocumentId | ExternalSourceId;
  article?: number;
  paragraph?: number;
  item?: number;
  part?: string;
  label: string;
  quote: string;
  textHash?: string;
  reading?: string;
  /**
   * Citations of calendar data (holiday notices, Xinjiang festivals) only: `true` when the
   * year's data were entered from the official notice itself, `false` when they are
   * unconfirmed or provisional.
   */
  confirmed?: boolean;
}

/** An item （一）, （二）… of an article, with the 款 (1-based) it belongs to. */
export interface ArticleItem {
  paragraph: number;
  number: number;
  text: string;
}

/** What a module writes for each article or numbered part of its document. */
export interface ArticleInput {
  /** `第六条`, `三（十三）`, `附件 第5项`... the way the document itself numbers it. */
  id: string;
  /** The article number for documents numbered 第N条. */
  article?: number;
  /** The part reference for documents numbered by sections. */
  part?: string;
  /** Verbatim text without the leading number (`第六条`, `（十三）`); 款 and 项 separated by `\n`. */
  text: string;
  /** Exported functions that implement this article. */
  implementedBy?: readonly string[];
  /** When no function implements it: one line saying why (a statement of purpose, a duty...). */
  notComputable?: string;
}

/** An article as the library holds it: verbatim text, split into 款 and 项, with its hash. */
export interface Article {
  readonly id: string;
  readonly article?: number;
  readonly part?: string;
  readonly text: string;
  /** The 款 of the article, in order; item lines are not paragraphs of their own. */
  readonly paragraphs: readonly string[];
  readonly items: readonly ArticleItem[];
  readonly implementedBy: readonly string[];
  readonly notComputable?: string;
  /** Short hash (FNV-1a, 8 hex digits) of the text with whitespace removed. */
  readonly textHash: string;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * Chinese numeral for 1–999 as legal texts write it (十, 十三, 二十一, 一百零三).
 *
 * @example
 * toChineseNumeral(21) // '二十一'
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError('toChineseNumeral: 1–999 only');
  const h = Math.floor(n / 100), t = Math.floor((n % 100) / 10), u = n % 10;
  let s = '';
  if (h > 0) s += CN_DIGITS[h] + '百';
  if (t > 0) s += (t === 1 && h === 0 ? '' : CN_DIGITS[t]) + '十';
  else if (h > 0 && u > 0) s += '零';
  if (u > 0) s += CN_DIGITS[u];
  return s;
}

/** Parses a Chinese numeral 一 … 九百九十九 (as in （十三）); `null` if it is not one. */
export function fromChineseNumeral(s: string): number | null {
  for (let n = 1; n <= 999; n++) if (toChineseNumeral(n) === s) return n;
  return null;
}

/** FNV-1a 32-bit hash of a string, as 8 hex digits. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Removes all whitespace (the seed is compared "whitespace aside"). */
export function stripWhitespace(text: string): string {
  return text.replace(/[\s\u3000]/g, '');
}

/** Hash of an article's text, whitespace aside. */
export function articleTextHash(text: string): string {
  return shortHash(stripWhitespace(text));
}

const ITEM_PREFIX = /^[\s\u3000]*（([一二三四五六七八九十百]+)）/;

/**
 * Builds a document's article list from its verbatim texts: splits each text into 款
 * and 项 (a line starting with （一） is an item of the 款 before it), hashes it, freezes it.
 */
export function defineArticles(inputs: readonly ArticleInput[]): readonly Article[] {
  const seen = new Set<string>();
  const out = inputs.map((a): Article => {
    if (seen.has(a.id)) throw new Error(`defineArticles: duplicate article id ${a.id}`);
    seen.add(a.id);
    const lines = a.text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    const paragraphs: string[] = [];
    const items: ArticleItem[] = [];
    for (const line of lines) {
      const m = ITEM_PREFIX.exec(line);
      const n = m ? fromChineseNumeral(m[1]!) : null;
      if (n !== null && paragraphs.length > 0) items.push(Object.freeze({ paragraph: paragraphs.length, number: n, text: line }));
      else paragraphs.push(line);
    }
    const text = lines.join('\n');
    return Object.freeze({
      id: a.id,
      ...(a.article !== undefined ? { article: a.article } : {}),
      ...(a.part !== undefined ? { part: a.part } : {}),
      text,
      paragraphs: Object.freeze(paragraphs),
      items: Object.freeze(items),
      implementedBy: Object.freeze([...(a.implementedBy ?? [])]),
      ...(a.notComputable !== undefined ? { notComputable: a.notComputable } : {}),
      textHash: articleTextHash(text),
    });
  });
  return Object.freeze(out);
}

/** Where in an article a citation points, and optionally which excerpt it quotes. */
export interface CiteOptions {
  /** 款, 1-based. Needed only to cite an item of an article whose items sit in a later 款. */
  paragraph?: number;
  /** 项 number: 1 for （一）. */
  item?: number;
  /** An excerpt to quote instead of the whole article / 款 / 项; must be part of it verbatim. */
  excerpt?: string;
  /** The library's reading where the text allows two. */
  reading?: string;
}

/** A function that builds verified citations of one document. */
export type Citer = (id: string, options?: CiteOptions) => Citation;

/**
 * Returns the citation builder of a document. Every call checks that the article exists and
 * that the quoted excerpt is in it, and throws (a programming error, found by the tests when
 * the module loads) otherwise. Results are frozen and can be shared between decisions.
 *
 * @example
 * const cite = createCiter(DOCUMENT, ARTICLES)
 * cite('第七条', { item: 1 }).label // '伊州公积金管办〔2024〕2号 第七条第（一）项'
 */
export function createCiter(doc: DocumentHeader, articles: readonly Article[]): Citer {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const prefix = doc.number ?? `《${doc.title}》`;
  return (id, options = {}) => {
    const a = byId.get(id);
    if (!a) throw new Error(`cite: ${doc.id} has no article ${id}`);
    let quote = a.text;
    let label = `${prefix} ${a.id}`;
    let paragraph = options.paragraph;
    if (options.item !== undefined) {
      const item = a.items.find((i) => i.number === options.item && (paragraph === undefined || i.paragraph === paragraph));
      if (!item) throw new Error(`cite: ${doc.id} ${id} has no item ${options.item}`);
      paragraph = item.paragraph;
      quote = item.text;
      const para = a.paragraphs.length > 1 ? `第${toChineseNumeral(item.paragraph)}款` : '';
      label += `${para}第（${toChineseNumeral(item.number)}）项`;
    } else if (paragraph !== undefined) {
      const p = a.paragraphs[paragraph - 1];
      if (p === undefined) throw new Error(`cite: ${doc.id} ${id} has no paragraph ${paragraph}`);
      quote = p;
      label += `第${toChineseNumeral(paragraph)}款`;
    }
    if (options.excerpt !== undefined) {
      if (!stripWhitespace(quote).includes(stripWhitespace(options.excerpt))) {
        throw new Error(`cite: excerpt is not part of ${doc.id} ${label}`);
      }
      quote = options.excerpt;
    }
    return Object.freeze({
      document: doc.id,
      ...(a.article !== undefined ? { article: a.article } : {}),
      ...(paragraph !== undefined ? { paragraph } : {}),
      ...(options.item !== undefined ? { item: options.item } : {}),
      ...(a.part !== undefined ? { part: a.part } : {}),
      label,
      quote,
      textHash: a.textHash,
      ...(options.reading !== undefined ? { reading: options.reading } : {}),
    });
  };
}

/** A decision's `basis`: a fresh array (callers may keep or sort it) of shared, frozen citations. */
export function basisOf(...citations: Citation[]): Citation[] {
  return citations;
}
