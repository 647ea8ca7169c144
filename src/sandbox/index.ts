// Public API of the Sinch sandbox (a stateful simulator of the RCS and WhatsApp parts of the Provisioning API,
// with webhook registration and signed deliveries).

export type { FaultRule } from './faults.ts';
export { launchPreconditionErrors } from './lifecycle.ts';
export {
  capabilitiesFor,
  INVITES_PER_DAY,
  INVITES_TOTAL,
  type InviteAnswer,
  inviteAnswerFor,
  isInvalidTestNumber,
  isUnreachable,
  operatorRejects,
  REJECTION_REMARK,
  reviewVideoUri,
} from './rules.ts';
export { DEMO, DISABLED, OTHER, seedSenderId } from './seed.ts';
export { startSandbox } from './server.ts';
export type { RunningSandbox, SandboxExchange, SandboxOptions } from './types.ts';
export {
  DEFAULT_DELIVERY_TIMEOUT_MS,
  DEFAULT_RETRY_DELAYS_MS,
  type DeliveryCounts,
  type DeliveryRecord,
  type DeliveryStatus,
} from './webhooks/delivery-types.ts';
export { VERIFICATION_CODE } from './whatsapp/lifecycle.ts';
export { seedWhatsappSenderId } from './whatsapp/seed.ts';
