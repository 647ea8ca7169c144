// In-memory shapes of the sandbox's WhatsApp part (contract/upstream/whatsapp-and-webhooks.md): one optional
// account per project and its senders. Stored close to the wire DTOs (whatsapp/present.ts renders them).
// Credentials are not stored: a sender's `bearerToken` is derived from its id when rendered, so the snapshot
// never holds one. Self-contained (no import of ../model.ts, which imports this file).

export type WaJson = null | boolean | number | string | WaJson[] | { [key: string]: WaJson };
export type WaObject = { [key: string]: WaJson };

export type WaSenderState =
  | 'ACTIVE'
  | 'IN_PROGRESS'
  | 'INACTIVE'
  | 'PENDING_VERIFICATION'
  | 'SUSPENDED'
  | 'ERROR';
export type WaChangeStatus = 'DRAFT' | 'ERROR' | 'IN_PROGRESS' | 'MULTIPLE_WABA_ERROR' | 'REJECTED';
/** How the sender was created: the createSender body variant. */
export type WaVariant = 'ES' | 'PHONE_PROVISIONING' | 'PARTNER_INITIATED' | 'DEPRECATED';

export interface WaActivity {
  type: string;
  created: string;
  author?: string;
  comment?: string;
}

export interface WaChanges {
  status: WaChangeStatus;
  details?: WaObject;
  errorReason?: string;
  errorCode?: string;
}

export interface WaMetadataField {
  value?: string;
  status: string;
  rejectionReason?: string;
}

export interface WaSenderRecord {
  id: string;
  projectId: string;
  variant: WaVariant;
  state: WaSenderState;
  region: string;
  metaLocalStorage: string;
  businessManager: string;
  /** The applied business profile (WhatsappSenderDetailsDto); absent until the onboarding is reviewed. */
  details?: WaObject;
  changes?: WaChanges;
  metadata: { displayName?: WaMetadataField; username?: WaMetadataField };
  countryCode?: string;
  phoneNumber?: string;
  numberProvider?: string;
  wabaId?: string;
  phoneNumberId?: string;
  qualityRating?: string;
  conversationApiAppId?: string;
  /** Partner-initiated create: a failed review saves the changes as DRAFT instead. */
  saveDraftOnFailure?: boolean;
  /** The last register call (method, when); verify needs one. */
  registration?: { method: string; accepted: string };
  /** Simulated day of the DELETE request: the sender is removed 30 days later. */
  deletedDay?: number;
  /** Oldest first; rendered newest first. */
  activities: WaActivity[];
  created: string;
  modified: string;
}

export type WaAccountState = 'ONBOARDED' | 'PENDING_FACEBOOK_VERIFICATION' | 'REJECTED';

export interface WaAccountRecord {
  state?: WaAccountState;
  businessManager: string;
  wabaId?: string;
  details?: WaObject;
  changes?: { status: string; details?: WaObject };
  compatibleRegions: string[];
  primaryBusinessLocation?: string;
  currency?: string;
  businessDailyLimit?: string;
  activities: WaActivity[];
}

/** A project's WhatsApp part: no account means "not initialized" (400 project_not_initialized). */
export interface WhatsappState {
  account?: WaAccountRecord;
  senders: Map<string, WaSenderRecord>;
}

/** Days a deleted sender keeps working before it is removed (`delete` description). */
export const DELETION_DAYS = 30;
