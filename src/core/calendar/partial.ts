/**
 * Partial results: a decision with several deadlines gives every one it can compute, and puts
 * an {@link UnavailableDeadline} in the place of one that needs a year the calendar has no data
 * for (reading R-CAL-7). Functions that return a single deadline still throw CalendarRangeError.
 */
import type { Citation } from '../citations.js';
import { CalendarRangeError } from '../errors.js';
import { CORE_READINGS, citeReading, findReading } from '../sources.js';
import type { Deadline } from './deadline.js';

/** A deadline that could not be computed because a year it needs has no calendar data. */
export interface UnavailableDeadline {
  unavailable: true;
  code: 'CALENDAR_DATA_UNAVAILABLE';
  /** The first year the computation needed and did not find. */
  year: number;
  /** Ids of the calendar layers that lack that year (`national`, `xinjiang`...). */
  missingLayers: string[];
  /** What is missing and how to load it, in Chinese (the CalendarRangeError's message). */
  message: string;
  /** The article that sets the period, then the library's reading R-CAL-7. */
  basis: Citation[];
}

/** A computed deadline in a partial result: the core {@link Deadline} (or a module's extension of it), marked available. */
export type AvailableDeadline<D extends Deadline = Deadline> = D & { unavailable: false };

/**
 * One deadline of a multi-deadline result: either computed (`unavailable: false`) or not
 * computable for want of calendar data (`unavailable: true`). Check `unavailable` before
 * reading `due`.
 *
 * @example
 * const d = computeObjectionDeadlines({ noticeReceivedOn: '2026-12-20' }).objectionDue
 * if (d.unavailable) console.log(d.missingLayers) // ['national', 'xinjiang']
 * else console.log(d.due)
 */
export type DeadlineOrUnavailable<D extends Deadline = Deadline> = AvailableDeadline<D> | UnavailableDeadline;

const READING_PARTIAL = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-CAL-7'));

/** The entry that stands for a deadline a CalendarRangeError prevented. */
export function unavailableDeadline(error: CalendarRangeError, articleBasis: readonly Citation[]): UnavailableDeadline {
  return {
    unavailable: true,
    code: 'CALENDAR_DATA_UNAVAILABLE',
    year: error.year,
    missingLayers: [...error.missingLayers],
    message: error.message,
    basis: [...articleBasis, READING_PARTIAL],
  };
}

/**
 * Computes one deadline of a multi-deadline result: its value marked `unavailable: false`, or,
 * when the calendar lacks a year it needs, an {@link UnavailableDeadline} whose basis is
 * `articleBasis` (the article that sets the period) and R-CAL-7. Any other error propagates.
 *
 * @example
 * deadlineOrUnavailable(() => period(start, 15, [C13], opts), [C13])
 */
export function deadlineOrUnavailable<D extends Deadline>(compute: () => D, articleBasis: readonly Citation[]): DeadlineOrUnavailable<D> {
  try {
    return { ...compute(), unavailable: false };
  } catch (e) {
    if (e instanceof CalendarRangeError) return unavailableDeadline(e, articleBasis);
    throw e;
  }
}

/** @internal `true` for a computed deadline of a partial result. */
export function isAvailable<D extends Deadline>(d: DeadlineOrUnavailable<D>): d is AvailableDeadline<D> {
  return d.unavailable === false;
}
