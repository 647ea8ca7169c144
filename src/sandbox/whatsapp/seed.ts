// Seeded WhatsApp data (demo seed only): demo-project has an ONBOARDED account and senders in every
// WhatsappSenderStatesEnum state and every WhatsappSenderStatusesEnum change status; other-project has a
// REJECTED account (updatable) and no senders; rcs-disabled-project has no account (project_not_initialized).
import { uuidFrom } from '../ids.ts';
import type { Store } from '../store.ts';
import { API_USER, SINCH } from './lifecycle.ts';
import type { WaAccountRecord, WaActivity, WaSenderRecord } from './model.ts';
import { conversationAppIdFor } from './present.ts';
import { DEMO_WHATSAPP_SENDERS, type SeedWaSender } from './seed-data.ts';

/** The id of a seeded WhatsApp sender, by project and seed key, e.g. ('demo-project', 'active'). */
export function seedWhatsappSenderId(projectId: string, key: string): string {
  return uuidFrom(`seed:whatsapp:${projectId}:${key}`);
}

const EPOCH = Date.UTC(2023, 11, 1, 8, 0, 0);
const at = (day: number, minute = 0) => new Date(EPOCH + day * 86_400_000 + minute * 60_000).toISOString();

function buildSender(projectId: string, d: SeedWaSender, i: number): WaSenderRecord {
  const id = seedWhatsappSenderId(projectId, d.key);
  const created = at(i);
  const variant = d.variant ?? 'ES';
  const onboarded = !['IN_PROGRESS', 'ERROR'].includes(d.state);
  const activities: WaActivity[] = [{ type: 'CREATED', created, author: API_USER }];
  const s: WaSenderRecord = {
    id,
    projectId,
    variant,
    state: d.state,
    region: 'EU',
    metaLocalStorage: 'DE',
    businessManager: 'SINCH_UK',
    metadata: {},
    countryCode: '48',
    phoneNumber: String(700_000_100 + i),
    numberProvider: variant === 'PHONE_PROVISIONING' ? 'SINCH' : 'CUSTOMER',
    conversationApiAppId: conversationAppIdFor(id),
    activities,
    created,
    modified: at(i + 1, 30),
  };
  if (variant === 'ES') {
    s.wabaId = String(1_048_000_000_000 + i);
    s.phoneNumberId = String(2_097_000_000_000 + i);
  }
  if (onboarded) {
    s.details = {
      displayName: d.name,
      vertical: 'PROFESSIONAL_SERVICES',
      email: `hello@${d.key}.example.com`,
      websiteOne: `https://${d.key}.example.com`,
      about: `${d.name} on WhatsApp`,
    };
    s.metadata.displayName = { value: d.name, status: 'APPROVED' };
    activities.push({ type: 'EDITED', created: at(i, 30), author: SINCH });
  }
  if (['ACTIVE', 'INACTIVE', 'SUSPENDED'].includes(d.state)) {
    s.registration = { method: 'SMS', accepted: at(i + 1) };
    activities.push({ type: 'REGISTERED', created: at(i + 1), author: API_USER });
    activities.push({ type: 'VERIFIED', created: at(i + 1, 10), author: API_USER });
    activities.push({ type: 'ACTIVE', created: at(i + 1, 10), author: SINCH });
  }
  if (d.state === 'INACTIVE') activities.push({ type: 'INACTIVE', created: at(i + 1, 30), author: SINCH });
  if (d.changes) {
    s.changes = structuredClone(d.changes);
    const type = d.changes.status === 'MULTIPLE_WABA_ERROR' ? 'ERROR' : d.changes.status;
    activities.push({ type, created: at(i + 1, 20), author: type === 'DRAFT' ? API_USER : SINCH });
  }
  if (d.displayNamePending) s.metadata.displayName = { value: d.displayNamePending, status: 'PENDING' };
  if (d.quality) s.qualityRating = d.quality;
  if (d.deletedDay !== undefined) s.deletedDay = d.deletedDay;
  for (const comment of d.comments ?? [])
    activities.push({ type: 'COMMENT_ADDED', created: at(i + 1, 40), author: API_USER, comment });
  return s;
}

function demoAccount(): WaAccountRecord {
  return {
    state: 'ONBOARDED',
    businessManager: 'SINCH_UK',
    wabaId: '104800000000000',
    details: { wabaName: 'Demo WhatsApp Business', clientBusinessManagerId: '5550001112223' },
    compatibleRegions: ['eu', 'us'],
    primaryBusinessLocation: 'DE',
    businessDailyLimit: 'TIER_1K',
    currency: 'EUR',
    activities: [
      { type: 'CREATED', created: at(0), author: API_USER },
      { type: 'EDITED', created: at(0, 30), author: SINCH },
      {
        type: 'COMMENT_ADDED',
        created: at(1),
        author: API_USER,
        comment: 'Welcome to the WhatsApp sandbox.',
      },
    ],
  };
}

function rejectedAccount(): WaAccountRecord {
  const details = { wabaName: 'Other Business (rejected)', clientBusinessManagerId: '5550009998887' };
  return {
    state: 'REJECTED',
    businessManager: 'SINCH_UK',
    changes: { status: 'REJECTED', details },
    compatibleRegions: ['eu', 'us'],
    activities: [
      { type: 'CREATED', created: at(0), author: API_USER },
      { type: 'PENDING_FACEBOOK_VERIFICATION', created: at(1), author: SINCH },
      { type: 'REJECTED', created: at(2), author: SINCH },
    ],
  };
}

/** Adds the WhatsApp seed to a demo store (the projects exist already). */
export function seedWhatsapp(store: Store, demoId: string, otherId: string): void {
  const demo = store.projects.get(demoId);
  const other = store.projects.get(otherId);
  if (!demo || !other) throw new Error('sandbox: WhatsApp seed needs the demo projects');
  demo.whatsapp.account = demoAccount();
  DEMO_WHATSAPP_SENDERS.forEach((d, i) => {
    const s = buildSender(demoId, d, i);
    demo.whatsapp.senders.set(s.id, s);
  });
  other.whatsapp.account = rejectedAccount();
}
