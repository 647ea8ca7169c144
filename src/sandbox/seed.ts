// Seed projects: DEMO (every sender state), OTHER (a second tenant) and a project without RCS; their
// WhatsApp part is whatsapp/seed.ts.
// Ids and timestamps are derived from fixed inputs, never from the clock or Math.random.
import { tokenFrom, uuidFrom } from './ids.ts';
import { type ActivityRecord, API_AUTHOR, type SenderRecord } from './model.ts';
import { aggregateStatus, syncCountryStatus } from './operators.ts';
import { demoSenders, otherSenders, type SeedSender } from './seed-data.ts';
import { Store } from './store.ts';
import { seedWhatsapp } from './whatsapp/seed.ts';

export const DEMO = { projectId: 'demo-project', keyId: 'demo-key', keySecret: 'demo-secret' } as const;
export const OTHER = { projectId: 'other-project', keyId: 'other-key', keySecret: 'other-secret' } as const;
export const DISABLED = {
  projectId: 'rcs-disabled-project',
  keyId: 'disabled-key',
  keySecret: 'disabled-secret',
} as const;

/** The id of a seeded sender, by project and seed key (see seed-data.ts), e.g. ('demo-project', 'launched'). */
export function seedSenderId(projectId: string, key: string): string {
  return uuidFrom(`seed:${projectId}:${key}`);
}

const SEED_EPOCH = Date.UTC(2023, 10, 1, 8, 0, 0);
/** Seed timestamp: `day` days and `minute` minutes after 2023-11-01T08:00Z. */
export function at(day: number, minute = 0): string {
  return new Date(SEED_EPOCH + day * 86_400_000 + minute * 60_000).toISOString();
}

export function buildSender(projectId: string, d: SeedSender): SenderRecord {
  const id = seedSenderId(projectId, d.key);
  const created = at(d.day);
  const modified = at(d.day + 1, 30);
  const activities: ActivityRecord[] = [{ type: 'CREATED', created, author: API_AUTHOR }];
  const s: SenderRecord = {
    id,
    projectId,
    state: d.state,
    region: d.region ?? 'EU',
    billingCategory: d.billingCategory ?? 'CONVERSATIONAL',
    useCase: d.useCase ?? 'MULTIUSE',
    answers: structuredClone(d.answers ?? {}),
    usQuestionnaireVersion: 'v2',
    testNumbers: (d.testNumbers ?? []).map(([number, state], i) => ({
      number,
      state,
      submitted: at(d.day, 10 + i),
    })),
    countryStatus: [],
    activities,
    invites: (d.testNumbers ?? []).map(() => 0),
    authName: tokenFrom(`authName:${id}`, 12),
    authToken: tokenFrom(`authToken:${id}`, 20),
    hasGoogleSupplier: !d.noGoogleSupplier,
    created,
    modified,
  };
  if (d.brand) s.brand = structuredClone(d.brand);
  if (d.countries) {
    s.countries = [...d.countries];
    s.countryStatus = syncCountryStatus([], d.countries, at(d.day, 1));
    for (const c of s.countryStatus) {
      for (const o of c.operators) {
        if (d.operatorStatus) o.status = d.operatorStatus;
        if (d.rejected?.includes(`${c.country}/${o.name}`)) {
          o.status = 'REJECTED';
          o.remark = 'Sender was rejected due to operator policy.';
        }
        o.modified = modified;
      }
      c.status = aggregateStatus(c);
    }
  }
  if (s.testNumbers.length > 0) activities.push({ type: 'TEST', created: at(d.day, 10), author: API_AUTHOR });
  activities.push({ type: 'EDITED', created: at(d.day, 20), author: API_AUTHOR });
  (d.comments ?? []).forEach((comment, i) => {
    activities.push({ type: 'COMMENT_ADDED', created: at(d.day, 40 + i), author: API_AUTHOR, comment });
  });
  if (['PREPARING_LAUNCH', 'LAUNCHING', 'LAUNCHED', 'UNLAUNCHED'].includes(d.state))
    s.launched = at(d.day + 1);
  if (d.state === 'LAUNCHED')
    activities.push({ type: 'ACTIVE', created: at(d.day + 1, 30), author: 'Sinch' });
  if (d.state === 'UNLAUNCHED')
    activities.push({ type: 'INACTIVE', created: at(d.day + 1, 30), author: 'Sinch' });
  if (d.conversationApiAppId) s.conversationApiAppId = d.conversationApiAppId;
  if (d.usBrandRegistration) {
    s.brandRegistration = {
      id: uuidFrom(`brand:${id}`),
      status: 'COMPLETED',
      registrationId: uuidFrom(`registration:${id}`),
      registrationStatus: 'COMPLETED',
    };
    s.campaign = {
      id: `C${tokenFrom(`campaign:${id}`, 6).toUpperCase()}`,
      campaignName: 'Sandbox campaign',
      requestId: uuidFrom(`req:${id}`),
    };
  }
  return s;
}

export function seedStore(kind: 'demo' | 'empty'): Store {
  const store = new Store();
  const projects = [
    { ...DEMO, rcsEnabled: true, senders: demoSenders() },
    { ...OTHER, rcsEnabled: true, senders: otherSenders() },
    { ...DISABLED, rcsEnabled: false, senders: [] },
  ];
  for (const p of projects) {
    const project = store.addProject({
      id: p.projectId,
      keyId: p.keyId,
      keySecret: p.keySecret,
      rcsEnabled: p.rcsEnabled,
    });
    if (kind === 'empty' || !p.rcsEnabled) continue;
    project.accountActivities.push({ type: 'CREATED', created: at(0), author: API_AUTHOR });
    if (p.projectId === DEMO.projectId) {
      project.accountActivities.push({
        type: 'COMMENT_ADDED',
        created: at(2),
        author: API_AUTHOR,
        comment: 'Welcome to the RCS sandbox account.',
      });
    }
    for (const d of p.senders) store.addSender(buildSender(p.projectId, d));
  }
  if (kind === 'demo') seedWhatsapp(store, DEMO.projectId, OTHER.projectId);
  return store;
}
