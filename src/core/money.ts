/**
 * Money: decimal strings in, decimal strings out, decimal.js in between. Never floats.
 *
 * Input: a string such as `"1234.5"` or `"1234.50"` (no sign, no exponent, no separators,
 * at most two decimals), or a finite number whose shortest decimal form has at most two
 * decimals (`0.1 + 0.2` is refused: it is `0.30000000000000004`). Output: a string with
 * exactly two decimals.
 */
import { Decimal as DecimalJs } from 'decimal.js';
import * as z from 'zod/mini';
import { PolicyInputError } from './errors.js';

const MONEY_RULE = '应为金额：不带符号的十进制数，至多两位小数（如 "1234.50"）';

/** The library's own Decimal constructor: 40 significant digits, never exponent notation. */
export const Decimal = /* @__PURE__ */ DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Decimal = InstanceType<typeof Decimal>;

/** A money amount as the API returns it: a decimal string with exactly two decimals. */
export type MoneyString = string;

/** What the API accepts as money: a decimal string or a number with at most two decimals. */
export type MoneyInput = string | number;

/** The shape of a money string (also used by the generated JSON Schemas). */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

/** `true` when `value` is acceptable money input (see the module comment). */
export function isMoneyInput(value: unknown): value is MoneyInput {
  // A number is checked on its shortest decimal form: `NaN`, `Infinity` and negatives (`-1`,
  // `-Infinity`) do not match the pattern, `-0` is written `0`.
  return (typeof value === 'string' || typeof value === 'number') && MONEY_PATTERN.test(String(value));
}

/** Zod schema for money input; messages are the library's Chinese ones. */
export const moneySchema = /* @__PURE__ */ z.union([z.string(), z.number()]).check(
  z.refine(isMoneyInput, { message: MONEY_RULE, params: { code: 'invalid_format' } }),
);

/** A plain non-negative decimal (no sign, exponent or separator): what toDecimal takes besides money. */
const PLAIN_DECIMAL = /^(0|[1-9]\d{0,30})(\.\d{1,20})?$/;

/**
 * The exact Decimal of a validated money input (or of a plain decimal string such as a rate).
 *
 * @example
 * toDecimal('0.10').plus(toDecimal(0.2)).toString() // '0.3'
 */
export function toDecimal(value: MoneyInput): Decimal {
  // Never hand decimal.js a value that is not money: its error quotes the value (issue 13 item 1).
  if (!isMoneyInput(value) && !(typeof value === 'string' && PLAIN_DECIMAL.test(value))) throw new PolicyInputError([{ path: [], code: 'invalid_format', message: `金额${MONEY_RULE}` }]);
  // Through the number's shortest decimal form, the same digits as the string that passed isMoneyInput.
  return new Decimal(String(value));
}

/**
 * Writes an amount with exactly two decimals, rounding half up at the fen.
 *
 * @example
 * formatMoney(toDecimal('3000')) // '3000.00'
 */
export function formatMoney(value: Decimal): MoneyString {
  const fixed = value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const [int, frac = ''] = fixed.abs().toString().split('.');
  return `${fixed.isNegative() && !fixed.isZero() ? '-' : ''}${int}.${frac.padEnd(2, '0')}`;
}

/** Parses and reformats money input: `normalizeMoney(5)` → `'5.00'`. */
export function normalizeMoney(value: MoneyInput): MoneyString {
  return formatMoney(toDecimal(value));
}
