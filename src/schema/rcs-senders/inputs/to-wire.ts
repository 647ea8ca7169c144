import { SECTION_NAMES } from '../../../upstream/questionnaire/index.ts';
import type { RcsSenderInput, RcsUpdateSenderInput } from '../../../upstream/types.ts';
import type { Mode } from '../../lib/validation.ts';
import type { QuestionnaireInput } from '../questionnaire/inputs.ts';
import type { BrandInput } from './brand.ts';
import type { CreateSenderInput, SenderDetailsInput } from './sender.ts';

// GraphQL input → upstream request body. The one rule that matters: on update a key present with null is
// sent as null (a delete) and an absent key stays absent (untouched). On create there is nothing to
// delete, so nulls are dropped. Runs after validation, so values are known to be acceptable.

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Copies own keys whose value is not undefined; nulls are kept on update and dropped on create. */
function copy(value: unknown, mode: Mode): Json {
  if (Array.isArray(value)) return value.map((item) => copy(item, mode));
  if (value !== null && typeof value === 'object') {
    const out: JsonObject = {};
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined || (v === null && mode === 'create')) continue;
      out[key] = copy(v, mode);
    }
    return out;
  }
  return value as Json;
}

/** The upstream requires a label on every email/phone/website (it may be empty); the graph makes it optional. */
function withLabels(list: unknown, mode: Mode): Json {
  if (!Array.isArray(list)) return copy(list, mode);
  return list.map((item: { label?: string | null }) => ({
    ...(copy(item, mode) as JsonObject),
    label: item.label ?? '',
  }));
}

function brandToWire(brand: BrandInput, mode: Mode): JsonObject {
  const out = copy(brand, mode) as JsonObject;
  for (const key of ['emails', 'phones', 'websites'] as const) {
    if (key in out) out[key] = withLabels(brand[key], mode);
  }
  return out;
}

/** The graph flattens `{ answers: {...} }` away; the wire wants it back. */
function questionnaireToWire(q: QuestionnaireInput, mode: Mode): JsonObject {
  const out: JsonObject = {};
  for (const section of SECTION_NAMES) {
    const answers = q[section];
    if (answers === undefined || (answers === null && mode === 'create')) continue;
    // Validation rejects a null section on update; were one to get here it would go out as the null it is.
    out[section] = answers === null ? null : { answers: copy(answers, mode) };
  }
  return out;
}

export function detailsToWire(details: SenderDetailsInput, mode: Mode): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(details)) {
    if (value === undefined || (value === null && mode === 'create')) continue;
    if (value === null) out[key] = null;
    else if (key === 'brand') out.brand = brandToWire(value as BrandInput, mode);
    else if (key === 'questionnaire')
      out.questionnaire = questionnaireToWire(value as QuestionnaireInput, mode);
    else out[key] = copy(value, mode);
  }
  return out;
}

export function createBodyToWire(input: CreateSenderInput): RcsSenderInput {
  const body: JsonObject = {
    region: input.region,
    billingCategory: input.billingCategory,
    useCase: input.useCase,
  };
  if (input.details) body.details = detailsToWire(input.details, 'create');
  return body as unknown as RcsSenderInput;
}

export function updateBodyToWire(details: SenderDetailsInput): RcsUpdateSenderInput {
  return { details: detailsToWire(details, 'update') } as unknown as RcsUpdateSenderInput;
}

/** Sinch's own client asks for the v2 US questionnaire whenever the body carries US answers. */
export function needsUsV2(details: SenderDetailsInput | null | undefined): boolean {
  const us = details?.questionnaire?.us;
  return us !== undefined && us !== null;
}
