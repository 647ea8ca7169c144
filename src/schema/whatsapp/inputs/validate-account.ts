import { checkLength, type FieldError, Issues, type Mode, rejectNull } from '../../lib/validation.ts';
import type { AccountSenderDetailsInput, CreateAccountInput, UpdateAccountInput } from './account.ts';
import { checkKnown } from './validate-sender.ts';
import {
  ACCOUNT_BUSINESS_MANAGERS,
  INPUT_ACCOUNT_VERTICALS,
  INPUT_META_LOCAL_STORAGES,
  INPUT_REGIONS,
} from './values.ts';

// Validation of the WhatsApp account inputs against the spec's limits, before any upstream call. The
// account PATCH deletes nothing: a null is refused like an out-of-range value.

function checkSenderDetails(issues: Issues, d: AccountSenderDetailsInput, mode: Mode): void {
  for (const key of ['displayName', 'businessCategory', 'region', 'metaLocalStorage'] as const)
    rejectNull(issues, mode, key, d[key]);
  if (typeof d.displayName === 'string') checkLength(issues, 'displayName', d.displayName, 1, 255);
  checkKnown(issues, 'businessCategory', d.businessCategory, INPUT_ACCOUNT_VERTICALS);
  checkKnown(issues, 'region', d.region, INPUT_REGIONS);
  checkKnown(issues, 'metaLocalStorage', d.metaLocalStorage, INPUT_META_LOCAL_STORAGES);
}

export function validateCreateAccountInput(input: CreateAccountInput): FieldError[] {
  const issues = new Issues();
  if (input.projectId.trim() === '') issues.add('Must not be empty.', 'projectId');
  checkLength(issues, 'wabaName', input.wabaName, 1, 255);
  checkLength(issues, 'clientBusinessManagerId', input.clientBusinessManagerId, 1, 255);
  checkKnown(issues, 'businessManager', input.businessManager, ACCOUNT_BUSINESS_MANAGERS);
  checkSenderDetails(issues.at('senderDetails'), input.senderDetails, 'create');
  return issues.errors;
}

export function validateUpdateAccountInput(input: UpdateAccountInput): FieldError[] {
  const issues = new Issues();
  const { wabaName, clientBusinessManagerId, senderDetails } = input;
  const given = [wabaName, clientBusinessManagerId, senderDetails].some((v) => v !== undefined);
  const details = senderDetails ? Object.values(senderDetails).some((v) => v !== undefined) : true;
  if (!given) issues.add('Must change at least one field.');
  else if (!details) issues.add('Must change at least one field.', 'senderDetails');
  for (const key of ['wabaName', 'clientBusinessManagerId'] as const) {
    const value = input[key];
    if (!rejectNull(issues, 'update', key, value) && typeof value === 'string')
      checkLength(issues, key, value, 1, 255);
  }
  if (!rejectNull(issues, 'update', 'senderDetails', senderDetails) && senderDetails)
    checkSenderDetails(issues.at('senderDetails'), senderDetails, 'update');
  return issues.errors;
}
