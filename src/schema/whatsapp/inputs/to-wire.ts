import type {
  WhatsappAccountInputPartnerInitiated,
  WhatsappSenderInput,
  WhatsappUpdateAccountInput,
  WhatsappUpdateSenderInput,
} from '../../../upstream/whatsapp-types.ts';
import type { CreateAccountInput, UpdateAccountInput } from './account.ts';
import type { CreateSenderInput } from './create-sender.ts';
import type { UpdateSenderInput } from './sender.ts';

// Validated graph inputs → upstream bodies. On create a null is "no value" and is dropped; on a sender
// PATCH a null is kept (an explicit delete). The input's field names are the upstream's, so the mapping
// is a copy of the given keys, and `submit` becomes `status`.

/** A copy without undefined keys, and without null ones unless `keepNull`. */
function given<T extends object>(value: T, keepNull = false): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && (keepNull || v !== null)),
  ) as T;
}

/** The createSender body of the one variant the (validated) input gives. */
export function createSenderBody(input: CreateSenderInput): WhatsappSenderInput {
  if (input.embeddedSignup) return given(input.embeddedSignup) as WhatsappSenderInput;
  if (input.phoneProvisioning) {
    const { details, ...rest } = input.phoneProvisioning;
    return { ...given(rest), details: given(details) } as WhatsappSenderInput;
  }
  const pi = input.partnerInitiated;
  if (!pi) throw new Error('createSenderBody: a validated input names one variant.');
  const { submit, details, ...rest } = pi;
  const status = submit === true ? 'SUBMIT' : submit === false ? 'DRAFT' : undefined;
  return given({ ...rest, status, details: given(details) }) as WhatsappSenderInput;
}

/** PATCH body: status SUBMIT when `submit` is true, else DRAFT; details as given (null: delete). */
export function updateSenderBody(input: UpdateSenderInput): WhatsappUpdateSenderInput {
  const body: WhatsappUpdateSenderInput = { status: input.submit === true ? 'SUBMIT' : 'DRAFT' };
  if (input.details) body.details = given(input.details, true) as WhatsappUpdateSenderInput['details'];
  return body;
}

export function createAccountBody(input: CreateAccountInput): WhatsappAccountInputPartnerInitiated {
  const { projectId: _project, senderDetails, ...rest } = input;
  return { ...given(rest), senderDetails: given(senderDetails) } as WhatsappAccountInputPartnerInitiated;
}

export function updateAccountBody(input: UpdateAccountInput): WhatsappUpdateAccountInput {
  const { projectId: _project, senderDetails, ...rest } = input;
  const body = given(rest) as WhatsappUpdateAccountInput;
  if (senderDetails) body.senderDetails = given(senderDetails) as WhatsappUpdateAccountInput['senderDetails'];
  return body;
}
