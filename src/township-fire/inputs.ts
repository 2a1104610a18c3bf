/**
 * The inputs of 伊州政办规〔2024〕2号's decisions as named interfaces, one line per field: its
 * Chinese meaning and the part of the text it serves. Each equals the input type of its zod
 * schema in ./schemas.ts (checked at compile time below), so the two cannot drift; schemas.ts
 * exports them under the types' names.
 */
import type * as z from 'zod/mini';
import type { IsoDate } from '../core/dates.js';
import type { Expect, SameType } from '../core/type-equality.js';
import type {
  FireDepartment,
  FireViolationOrOther,
  HazardStatus,
  IliCounty,
  planHazardHandlingSchema,
  routeFireViolationSchema,
  routeFireViolationsSchema,
  townshipBrigadeSchema,
  villageGridDissuasionSchema,
  GRID_BEHAVIOURS,
  GRID_DISSUASIONS,
} from './schemas.js';

/** `routeFireViolation`'s input (附件 拒不整改隐患问题移送处理清单). */
export interface RouteFireViolationInput {
  /** 违法行为：附件第1项至第6项所列的18种行为之一，或 `other`（列举之外，附件 末段）. */
  violation: FireViolationOrOther;
  /** 乡镇（街道）作出移送决定之日：不早于方案印发之日 2024-01-23. */
  decidedOn?: IsoDate;
}

/** `routeFireViolations`' input: one case with one or more violations (附件 末段: 涉及多部门处理的，先移交主要部门). */
export interface RouteFireViolationsInput {
  /** 本案的违法行为清单（附件第1项至第6项，或 `other`）；1至1000项. */
  violations: FireViolationOrOther[];
  /** 主要部门：涉及多部门处理时先移交的部门，应为本案涉及的移送部门之一（附件 末段）. */
  mainDepartment?: FireDepartment;
  /** 列举之外行为（`other`）依现行法律法规归口的移送部门（附件 末段）；仅当清单含有 `other` 时填写. */
  otherDepartments?: FireDepartment[];
  /** 乡镇（街道）作出移送决定之日：不早于 2024-01-23. */
  decidedOn?: IsoDate;
}

/** `planHazardHandling`'s input (五（十三）规范隐患问题移送处理). */
export interface PlanHazardHandlingInput {
  /** 检查发现的违法行为（附件所列之一，或 `other`）. */
  violation: FireViolationOrOther;
  /** 隐患处理状态：`found` 发现、`rectified` 已整改、`refused` 劝阻、制止无效（五（十三））. */
  status: HazardStatus;
  /** 是否属于乡镇（街道）执法权限（五（十三）“对超出执法权限的”；六（十五）权责清单）；`refused` 时必填. */
  withinTownshipPowers?: boolean;
  /** 是否为重大火灾隐患或区域性消防安全突出问题（五（十三））. */
  majorOrRegionalProblem?: boolean;
  /** 是否依靠本级政府（机构）难以解决（五（十三）：及时报告上一级政府统筹解决）. */
  beyondLocalCapacity?: boolean;
  /** 主要部门：涉及多部门处理时先移交的部门（附件 末段）；仅当 `refused` 且超出执法权限、须移送时填写（本库解读 R-TF-3）. */
  mainDepartment?: FireDepartment;
  /** 列举之外行为（`other`）依现行法律法规归口的移送部门（附件 末段）；仅在移送时、违法行为为 `other` 时填写. */
  otherDepartments?: FireDepartment[];
  /** 乡镇（街道）作出处理或移送决定之日：不早于 2024-01-23. */
  decidedOn?: IsoDate;
}

/** `villageGridDissuasion`'s input (三（六）：村（社区）网格员劝阻、制止；劝阻无效的由乡镇（街道）依法处理）. */
export interface VillageGridDissuasionInput {
  /** 三（六）所列的消防安全违法行为（楼道堆放杂物、管道井内堆放可燃物、占用堵塞消防车通道、烧荒、大风天期间室外明火作业、楼内和安全出口处停放电动自行车或充电，或其他）. */
  behaviour: (typeof GRID_BEHAVIOURS)[number];
  /** 网格员等劝阻、制止的结果：进行中、有效、无效. */
  dissuasion: (typeof GRID_DISSUASIONS)[number];
  /** 乡镇（街道）作出处理或移送决定之日：不早于方案印发之日 2024-01-23. */
  decidedOn?: IsoDate;
}

/** `townshipBrigadeRequirement`'s input (四（七）建强专职或志愿消防队). */
export interface TownshipBrigadeInput {
  /** 乡镇所在县市（伊犁州直的县级行政区，本库解读 R-TF-7）. */
  county: IliCounty;
  /** 乡镇名称（如“潘津镇”，四（七）列名的5个乡镇之一或其他乡镇）. */
  town: string;
  /** 是否距县（市）域城市消防救援站较远（四（七）：可整合建立专职消防队）. */
  farFromFireStation?: boolean;
}

/** Each interface equals its schema's input type: a field added to one and not the other fails `tsc` here. */
type _InputsMatchSchemas = [
  Expect<SameType<RouteFireViolationInput, z.input<typeof routeFireViolationSchema>>>,
  Expect<SameType<RouteFireViolationsInput, z.input<typeof routeFireViolationsSchema>>>,
  Expect<SameType<PlanHazardHandlingInput, z.input<typeof planHazardHandlingSchema>>>,
  Expect<SameType<TownshipBrigadeInput, z.input<typeof townshipBrigadeSchema>>>,
  Expect<SameType<VillageGridDissuasionInput, z.input<typeof villageGridDissuasionSchema>>>,
];
