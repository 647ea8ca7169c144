// The seeded DEMO WhatsApp senders (seed.ts builds the records): every WhatsappSenderStatesEnum state and every
// WhatsappSenderStatusesEnum change status; keys are what docs/sandbox.md and the graph tests name them by.
import { ERROR_REASON } from './lifecycle.ts';
import type { WaChanges, WaObject, WaSenderState, WaVariant } from './model.ts';

export interface SeedWaSender {
  key: string;
  state: WaSenderState;
  name: string;
  variant?: WaVariant;
  changes?: WaChanges;
  displayNamePending?: string;
  quality?: string;
  deletedDay?: number;
  comments?: string[];
}

const ERROR_CHANGE = (details: WaObject): WaChanges => ({
  status: 'ERROR',
  details,
  errorReason: ERROR_REASON,
  errorCode: 'UNKNOWN_ERROR',
});

export const DEMO_WHATSAPP_SENDERS: SeedWaSender[] = [
  { key: 'active', state: 'ACTIVE', name: 'Demo Travel', quality: 'GREEN', comments: ['Welcome aboard.'] },
  {
    key: 'active-draft-changes',
    state: 'ACTIVE',
    name: 'Demo Books',
    changes: { status: 'DRAFT', details: { about: 'Books for everyone (draft)' } },
  },
  {
    key: 'active-changes-in-review',
    state: 'ACTIVE',
    name: 'Demo Bank',
    changes: { status: 'IN_PROGRESS', details: { description: 'Banking made simple' } },
  },
  {
    key: 'active-changes-rejected',
    state: 'ACTIVE',
    name: 'Demo Pharmacy',
    changes: { status: 'REJECTED', details: { about: 'Rejected claims about cures' } },
  },
  {
    key: 'active-changes-error',
    state: 'ACTIVE',
    name: 'Demo Garage',
    changes: ERROR_CHANGE({ websiteTwo: 'https://garage.example.com/fail' }),
  },
  {
    key: 'active-multiple-waba-error',
    state: 'ACTIVE',
    name: 'Demo Insurance',
    changes: { status: 'MULTIPLE_WABA_ERROR', details: { email: 'claims@insurance.example.com' } },
  },
  {
    key: 'active-display-name-pending',
    state: 'ACTIVE',
    name: 'Demo Shop',
    quality: 'YELLOW',
    displayNamePending: 'Demo Shop Online',
  },
  {
    key: 'in-progress',
    state: 'IN_PROGRESS',
    name: 'Demo Hotel',
    variant: 'PARTNER_INITIATED',
    changes: { status: 'IN_PROGRESS', details: { displayName: 'Demo Hotel', vertical: 'HOTEL_AND_LODGING' } },
  },
  {
    key: 'onboarding-draft',
    state: 'IN_PROGRESS',
    name: 'Demo Bakery',
    variant: 'PARTNER_INITIATED',
    changes: { status: 'DRAFT', details: { displayName: 'Demo Bakery', vertical: 'FOOD_AND_GROCERY' } },
  },
  {
    key: 'onboarding-rejected',
    state: 'IN_PROGRESS',
    name: 'Demo Casino',
    variant: 'PARTNER_INITIATED',
    changes: { status: 'REJECTED', details: { displayName: 'Demo Casino', vertical: 'ONLINE_GAMBLING' } },
  },
  {
    key: 'pending-verification',
    state: 'PENDING_VERIFICATION',
    name: 'Demo Taxi',
    variant: 'PHONE_PROVISIONING',
  },
  { key: 'pending-verification-es', state: 'PENDING_VERIFICATION', name: 'Demo Clinic', variant: 'ES' },
  { key: 'inactive', state: 'INACTIVE', name: 'Demo Florist', quality: 'RED' },
  { key: 'suspended', state: 'SUSPENDED', name: 'Demo Lottery', quality: 'RED' },
  {
    key: 'error',
    state: 'ERROR',
    name: 'Demo Airline',
    variant: 'PARTNER_INITIATED',
    changes: ERROR_CHANGE({ displayName: 'Demo Airline', vertical: 'TRAVEL_AND_TRANSPORTATION' }),
  },
  { key: 'deleted', state: 'ACTIVE', name: 'Demo Outlet', quality: 'GREEN', deletedDay: -10 },
];
