/**
 * The policy's table for 《2024年伊犁州直营商环境提升年活动方案》: every task of 二（一）,
 * 二（二）1.（1） … 10.（2） and 二（三）1.、2. (units as written, 完成时限 as windows), overdue
 * checks around each window's end, unit lookups (三（三）) and unit calendars.
 */
import { runVectors } from '../support/vectors.js';
import * as api from '../../src/business-environment-plan/index.js';

runVectors('business-environment-plan', api);
