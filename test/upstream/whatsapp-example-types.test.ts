// Compile-time half of "every published response example reads into the client's types": each example,
// imported as JSON, must satisfy the type its client method resolves to (`npx tsc --noEmit` fails otherwise:
// a missing required field, a number for a string, an array for an object). The runtime half, deep equality
// through the client over HTTP, is whatsapp-examples.test.ts.
import { describe, expect, it } from 'vitest';
import createAccount201Onboarded from '../../contract/upstream/examples/whatsapp/createAccount.response.201.onboarded.json' with {
  type: 'json',
};
import createAccount201Pending from '../../contract/upstream/examples/whatsapp/createAccount.response.201.pending.json' with {
  type: 'json',
};
import createAccountComment201 from '../../contract/upstream/examples/whatsapp/createAccountComment.response.201.json' with {
  type: 'json',
};
import createComment201 from '../../contract/upstream/examples/whatsapp/createComment.response.201.json' with {
  type: 'json',
};
import createSender201 from '../../contract/upstream/examples/whatsapp/createSender.response.201.json' with {
  type: 'json',
};
import get200 from '../../contract/upstream/examples/whatsapp/get.response.200.json' with { type: 'json' };
import getAccount200 from '../../contract/upstream/examples/whatsapp/getAccount.response.200.json' with {
  type: 'json',
};
import listAccountActivities200 from '../../contract/upstream/examples/whatsapp/listAccountActivities.response.200.json' with {
  type: 'json',
};
import listActivities200 from '../../contract/upstream/examples/whatsapp/listActivities.response.200.json' with {
  type: 'json',
};
import listSenders200 from '../../contract/upstream/examples/whatsapp/listSenders.response.200.json' with {
  type: 'json',
};
import register200AlreadyRegistered from '../../contract/upstream/examples/whatsapp/register.response.200.phoneAlreadyRegistered.json' with {
  type: 'json',
};
import register200 from '../../contract/upstream/examples/whatsapp/register.response.200.response.json' with {
  type: 'json',
};
import update200 from '../../contract/upstream/examples/whatsapp/update.response.200.json' with {
  type: 'json',
};
import updateAccount200 from '../../contract/upstream/examples/whatsapp/updateAccount.response.200.json' with {
  type: 'json',
};
import type {
  WhatsappAccount,
  WhatsappAccountNotificationList,
  WhatsappComment,
  WhatsappSender,
  WhatsappSenderList,
  WhatsappSenderNotificationList,
  WhatsappSenderRegistration,
} from '../../src/upstream/index.ts';

const typed = {
  'createAccount.response.201.onboarded.json': createAccount201Onboarded satisfies WhatsappAccount,
  'createAccount.response.201.pending.json': createAccount201Pending satisfies WhatsappAccount,
  'createAccountComment.response.201.json': createAccountComment201 satisfies WhatsappComment,
  'createComment.response.201.json': createComment201 satisfies WhatsappComment,
  'createSender.response.201.json': createSender201 satisfies WhatsappSender,
  'get.response.200.json': get200 satisfies WhatsappSender,
  'getAccount.response.200.json': getAccount200 satisfies WhatsappAccount,
  'listAccountActivities.response.200.json':
    listAccountActivities200 satisfies WhatsappAccountNotificationList,
  'listActivities.response.200.json': listActivities200 satisfies WhatsappSenderNotificationList,
  'listSenders.response.200.json': listSenders200 satisfies WhatsappSenderList,
  'register.response.200.phoneAlreadyRegistered.json':
    register200AlreadyRegistered satisfies WhatsappSenderRegistration,
  'register.response.200.response.json': register200 satisfies WhatsappSenderRegistration,
  'update.response.200.json': update200 satisfies WhatsappSender,
  'updateAccount.response.200.json': updateAccount200 satisfies WhatsappAccount,
};

describe('WhatsApp response examples satisfy the client types', () => {
  it('names every published response example once', async () => {
    const { readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { EXAMPLES_DIR } = await import('../support/upstream-fixtures.ts');
    const files = readdirSync(join(EXAMPLES_DIR, 'whatsapp'))
      .filter((f) => /\.response\.\d{3}/.test(f))
      .sort();
    expect(Object.keys(typed).sort()).toEqual(files);
  });
});
