// Renders WhatsApp records as the wire DTOs (WhatsappSenderDto, WhatsappAccountDto), in the key order of
// the published examples. The sender's bearerToken is derived from its id here (never stored).
import { hexFrom, tokenFrom } from '../ids.ts';
import { putConversationApp } from '../present.ts';
import type { WaAccountRecord, WaObject, WaSenderRecord } from './model.ts';

/** Conversation API regions a business manager's senders can be used in (INFERRED from the examples). */
export const COMPATIBLE_REGIONS: Record<string, string[]> = {
  SINCH_UK: ['eu', 'us'],
  SINCH_BR: ['br'],
  SINCH_MX: ['br', 'us'],
  SINCH_AMERICA: ['us'],
  SINCH_SEP: ['eu'],
};

/** The sender's bearerToken, shaped like the published placeholder `aaaaAAAA.bbbbBBBB.ccccCCCC`. */
export function bearerTokenOf(id: string): string {
  const t = tokenFrom(`whatsapp-bearer:${id}`, 24);
  return `${t.slice(0, 8)}.${t.slice(8, 16)}.${t.slice(16)}`;
}

/** The Conversation API app a sender is connected to (32 hex characters, as in the examples). */
export function conversationAppIdFor(id: string): string {
  return hexFrom(`whatsapp-app:${id}`, 32);
}

export function waSenderDto(s: WaSenderRecord): WaObject {
  const dto: WaObject = { id: s.id };
  dto.state = s.state;
  if (s.changes) {
    const c: WaObject = { status: s.changes.status };
    if (s.changes.details) c.details = structuredClone(s.changes.details);
    if (s.changes.errorReason) c.errorReason = s.changes.errorReason;
    if (s.changes.errorCode) c.errorCode = s.changes.errorCode;
    dto.changes = c;
  }
  if (s.details) dto.details = structuredClone(s.details);
  const metadata: WaObject = {};
  if (s.metadata.displayName) metadata.displayName = { ...s.metadata.displayName };
  if (s.metadata.username) metadata.username = { ...s.metadata.username };
  if (Object.keys(metadata).length > 0) dto.metadata = metadata;
  dto.created = s.created;
  dto.modified = s.modified;
  dto.region = s.region;
  dto.metaLocalStorage = s.metaLocalStorage;
  putConversationApp(dto, s, s.state === 'ACTIVE' ? 'ACTIVE' : 'PENDING');
  if (s.state === 'ACTIVE') dto.maxTps = 10;
  if (s.qualityRating) dto.qualityRating = s.qualityRating;
  dto.bearerToken = bearerTokenOf(s.id);
  dto.cloudApi = true;
  if (s.countryCode) dto.countryCode = s.countryCode;
  if (s.phoneNumber) dto.phoneNumber = s.phoneNumber;
  if (s.numberProvider) dto.numberProvider = s.numberProvider;
  dto.businessManager = s.businessManager;
  dto.compatibleRegions = [...(COMPATIBLE_REGIONS[s.businessManager] ?? [])];
  return dto;
}

/** The WHATSAPP_SENDER_DELETED payload: what is left of a removed sender (as the published callback). */
export function deletedSenderDto(s: WaSenderRecord): WaObject {
  return {
    id: s.id,
    region: 'UNRECOGNIZED',
    metaLocalStorage: 'UNRECOGNIZED',
    cloudApi: false,
    businessManager: s.businessManager,
    compatibleRegions: [],
  };
}

export function waAccountDto(a: WaAccountRecord): WaObject {
  const dto: WaObject = {};
  if (a.state) dto.state = a.state;
  dto.isEmbeddedSignup = false;
  dto.businessManager = a.businessManager;
  if (a.wabaId) dto.wabaId = a.wabaId;
  if (a.changes) {
    const c: WaObject = { status: a.changes.status };
    if (a.changes.details) c.details = structuredClone(a.changes.details);
    dto.changes = c;
  }
  if (a.details) dto.details = structuredClone(a.details);
  dto.wabaMaxPriceOnboarded = false;
  if (a.state === 'ONBOARDED' || a.state === 'REJECTED') {
    dto.wabaEnabledForInsights = false;
    dto.wabaEnabledForDirectSend = false;
  }
  dto.compatibleRegions = [...a.compatibleRegions];
  if (a.primaryBusinessLocation) dto.primaryBusinessLocation = a.primaryBusinessLocation;
  if (a.businessDailyLimit) dto.businessDailyLimit = a.businessDailyLimit;
  if (a.currency) dto.currency = a.currency;
  return dto;
}
