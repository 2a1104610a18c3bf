// The part of lunar-javascript 1.7.7 (a plain JavaScript package without types) that
// scripts/lib/provisional.ts uses to generate the provisional statutory calendar.
declare module 'lunar-javascript' {
  export interface Solar {
    toYmd(): string;
    next(days: number): Solar;
  }
  export interface Lunar {
    getSolar(): Solar;
    getJieQiTable(): Record<string, Solar>;
  }
  export const Lunar: { fromYmd(year: number, month: number, day: number): Lunar };
}
