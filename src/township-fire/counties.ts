/**
 * The county-level units of 伊犁州直 (行政区划, not in the seed; reading R-TF-7). Kept in a file
 * of its own, without schemas, so that other modules (the plan's 各县市人民政府, R-BEP-11) can
 * use the same list without loading this module's schemas.
 */
import { deepFreeze } from '../core/frozen.js';

/** The 11 county-level units of 伊犁州直: three cities and eight counties. */
export const ILI_COUNTIES = /* @__PURE__ */ deepFreeze([
  '伊宁市',
  '奎屯市',
  '霍尔果斯市',
  '伊宁县',
  '察布查尔锡伯自治县',
  '霍城县',
  '巩留县',
  '新源县',
  '昭苏县',
  '特克斯县',
  '尼勒克县',
] as const);

/** A county-level unit of 伊犁州直. */
export type IliCounty = (typeof ILI_COUNTIES)[number];
