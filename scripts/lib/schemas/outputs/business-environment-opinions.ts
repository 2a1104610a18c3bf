/**
 * Output shapes of ili-policy/business-environment-opinions (伊州政发〔2024〕9号), written from
 * the module's TypeScript return types (src/business-environment-opinions/*.ts).
 */
import * as z from 'zod';
import {
  OPINION_BREAKTHROUGH_CODES,
  OPINION_CREDIT_COMMITMENT_CODES,
  OPINION_FIELD_CODES,
} from '../../../../src/business-environment-opinions/schemas.js';
import { Citation, basis } from '../shared.js';

const breakthroughCode = /* @__PURE__ */ z.enum(OPINION_BREAKTHROUGH_CODES);
const relation = /* @__PURE__ */ z.enum(['verbatim', 'nearly-verbatim', 'partly-verbatim', 'condensed', 'same-title']);
const field = /* @__PURE__ */ z.enum(OPINION_FIELD_CODES);

/** One of the 18 tasks of 三、重点任务 (OpinionTask). */
const OpinionTask = /* @__PURE__ */ z.strictObject({
  number: z.number().int().min(1).max(18),
  id: z.string(),
  part: z.string(),
  title: z.string(),
  breakthrough: z.number().int().min(1).max(6),
  breakthroughCode,
  breakthroughTitle: z.string(),
  text: z.string(),
  mirroredByPlanTasks: z.array(z.string()),
  citation: Citation,
});

/** `opinionTask` (OpinionTaskLookup). */
export const OpinionTaskLookup = /* @__PURE__ */ z.strictObject({ task: OpinionTask, basis });

/** `opinionTasksByBreakthrough` (OpinionBreakthroughLookup). */
export const OpinionBreakthroughLookup = /* @__PURE__ */ z.strictObject({
  breakthrough: z.strictObject({
    number: z.number().int().min(1).max(6),
    id: z.string(),
    code: breakthroughCode,
    focus: z.string(),
    title: z.string(),
    tasks: z.array(z.number().int().min(1).max(18)),
    citation: Citation,
  }),
  tasks: z.array(OpinionTask),
  basis,
});

/** `opinionTaskForPlanTask` (OpinionPlanTaskLookup). */
export const OpinionPlanTaskLookup = /* @__PURE__ */ z.strictObject({
  planTask: z.string(),
  opinionTask: z.nullable(OpinionTask),
  relation: z.nullable(relation),
  correspondence: z.nullable(
    z.strictObject({
      planTask: z.string(),
      opinionTask: z.number().int().min(1).max(18),
      relation,
      planTitle: z.string(),
      note: z.string(),
    }),
  ),
  basis,
});

/** `creditReportReplacesNoViolationProof` (OpinionCreditReportDecision, 三（五）15). */
export const OpinionCreditReportDecision = /* @__PURE__ */ z.strictObject({
  replaces: z.boolean(),
  field,
  fieldName: z.nullable(z.string()),
  basis,
});

/** `leniencyListsForField` (OpinionLeniencyDecision, 三（五）15). */
export const OpinionLeniencyDecision = /* @__PURE__ */ z.strictObject({
  field,
  lists: z.array(
    z.strictObject({
      code: z.enum(['lighter-penalty', 'mitigated-penalty', 'first-minor-violation-exemption']),
      name: z.string(),
      lawReference: z.string(),
    }),
  ),
  basis,
});

/** `creditCommitmentType` (OpinionCreditCommitmentLookup, 三（四）10). */
export const OpinionCreditCommitmentLookup = /* @__PURE__ */ z.strictObject({
  type: z.strictObject({
    code: z.enum(OPINION_CREDIT_COMMITMENT_CODES),
    name: z.string(),
    order: z.number().int().min(1).max(6),
  }),
  matchedAs: z.enum(['code', 'name', 'full-name']),
  duties: z.array(z.string()),
  basis,
});
