// In-memory shapes of the sandbox store. Stored close to the wire DTOs so rendering is a copy,
// but answers are kept as the client sent them (the DTO adds the read-only questions).
import type { WhatsappState } from './whatsapp/model.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type SenderState =
  | 'DRAFT'
  | 'IN_PROGRESS'
  | 'IN_TEST'
  | 'PREPARING_LAUNCH'
  | 'LAUNCHING'
  | 'LAUNCHED'
  | 'UNLAUNCHED'
  | 'UNKNOWN';

export interface TestNumberRecord {
  number: string;
  state: string;
  submitted: string;
}

export interface OperatorRecord {
  name: string;
  status: string;
  remark?: string;
  modified: string;
}

export interface CountryRecord {
  country: string;
  status: string;
  operators: OperatorRecord[];
}

export interface ActivityRecord {
  type: string;
  created: string;
  author?: string;
  comment?: string;
}

export interface SenderRecord {
  id: string;
  projectId: string;
  state: SenderState;
  region: string;
  billingCategory: string;
  useCase: string;
  /** details.brand, details.countries, details.questionnaire.<section>.answers as stored. */
  brand?: JsonObject;
  countries?: string[];
  answers: {
    general?: JsonObject;
    verification?: JsonObject;
    gb?: JsonObject;
    fr?: JsonObject;
    us?: JsonObject;
  };
  usQuestionnaireVersion: 'v1' | 'v2';
  testNumbers: TestNumberRecord[];
  countryStatus: CountryRecord[];
  /** Oldest first; rendered newest first. */
  activities: ActivityRecord[];
  /** Simulated-day index of every tester invite sent (for the 20/day, 200 total caps). */
  invites: number[];
  authName: string;
  authToken: string;
  conversationApiAppId?: string;
  hasGoogleSupplier: boolean;
  brandRegistration?: { id: string; status: string; registrationId: string; registrationStatus: string };
  campaign?: { id: string; campaignName: string; requestId: string };
  created: string;
  modified: string;
  launched?: string;
}

export interface ProjectRecord {
  id: string;
  keyId: string;
  keySecret: string;
  /** false: RCS not enabled (403 rbm_has_not_been_used, account ops 404 account_not_found). */
  rcsEnabled: boolean;
  senders: Map<string, SenderRecord>;
  accountActivities: ActivityRecord[];
  /** Registered provisioning webhooks by id (at most 15); none in the seeds. */
  webhooks: Map<string, WebhookRecord>;
  /** The WhatsApp account (if any) and WhatsApp senders (whatsapp/model.ts). */
  whatsapp: WhatsappState;
}

export interface WebhookRecord {
  id: string;
  projectId: string;
  target: string;
  /** Write-only: signs deliveries; never rendered, logged or put in the snapshot. */
  secret: string;
  triggers: string[];
}

export const API_AUTHOR = 'Provisioning API user';
export const SINCH_AUTHOR = 'Sinch';
