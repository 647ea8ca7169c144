// Imports every domain file (each registers its types on the builder) and builds the schema.
// Order matters only in that the builder must exist first; add one import line per domain file.
import { builder } from './builder.ts';
import './scalars.ts';
import './errors.ts';
import './project.ts';
import './sender-interface.ts';
import './rcs-senders/enums/types.ts';
import './rcs-senders/brand.ts';
import './rcs-senders/launch-status.ts';
import './rcs-senders/registrations.ts';
import './rcs-senders/sender.ts';
import './rcs-senders/test-numbers.ts';
import './rcs-senders/activities.ts';
import './rcs-senders/questionnaire/answers.ts';
import './rcs-senders/launch-readiness.ts';
import './rcs-senders/sender-list.ts';
import './rcs-senders/account.ts';
import './rcs-senders/questionnaire/questions.ts';
import './rcs-senders/mutations/index.ts';
import './whatsapp/enums.ts';
import './whatsapp/details.ts';
import './whatsapp/sender.ts';
import './whatsapp/account-details.ts';
import './whatsapp/account.ts';
import './whatsapp/activities.ts';
import './whatsapp/log-fields.ts';
import './whatsapp/sender-list.ts';
import './whatsapp/mutations/index.ts';
import './webhooks/webhook.ts';
import './webhooks/mutations.ts';
import './events/event-types.ts';
import './events/subscriptions.ts';
import './events/whatsapp-subscriptions.ts';
import { FEDERATION_LINK_URL, withItemwiseEntities } from './federation.ts';

/**
 * The one schema the server serves: the plain graph plus `_service` and `_entities`, so a standalone
 * deployment and a federated subgraph are the same build.
 */
export const schema = withItemwiseEntities(
  builder.toSubGraphSchema({
    linkUrl: FEDERATION_LINK_URL,
    federationDirectives: ['@key'],
  }),
);
