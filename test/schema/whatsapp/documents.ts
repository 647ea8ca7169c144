// GraphQL documents of the WhatsApp mutation tests (strings: the mutations are new, the selection small).

const MEMBER_FIELDS: Record<string, string> = {
  V: '... on ValidationError { fieldErrors { path message } }',
  N: '... on NotFoundError { resourceId }',
  S: '... on InvalidStateError { state }',
  R: '... on RateLimitedError { retryAfterSeconds }',
  C: '',
};
/** The error selection for a union with these members (V, N, S, R, C): only spreads the union allows. */
const errors = (members: string) =>
  `... on Error { __typename code message } ${[...members].map((m) => MEMBER_FIELDS[m]).join(' ')}`;

export const SENDER = `id senderId projectId state channel
  details { displayName vertical about }
  changes { status details { displayName vertical about } }
  metadata { displayName { value status } }`;

const sender = (field: string, input: string, success: string, members: string) => `
  mutation($input: ${input}!) { ${field}(input: $input) { __typename ... on ${success} { sender { ${SENDER} } } ${errors(members)} } }`;

export const CREATE = sender(
  'createWhatsappSender',
  'CreateWhatsappSenderInput',
  'CreateWhatsappSenderSuccess',
  'VNC',
);
export const UPDATE = sender(
  'updateWhatsappSender',
  'UpdateWhatsappSenderInput',
  'UpdateWhatsappSenderSuccess',
  'VNSC',
);
export const DELETE = sender(
  'deleteWhatsappSender',
  'DeleteWhatsappSenderInput',
  'DeleteWhatsappSenderSuccess',
  'VNS',
);
export const DISCARD = sender(
  'discardWhatsappSenderChanges',
  'DiscardWhatsappSenderChangesInput',
  'DiscardWhatsappSenderChangesSuccess',
  'VNS',
);
export const VERIFY = sender(
  'verifyWhatsappSender',
  'VerifyWhatsappSenderInput',
  'VerifyWhatsappSenderSuccess',
  'VNS',
);
export const REGISTER = `mutation($input: RegisterWhatsappSenderInput!) { registerWhatsappSender(input: $input) {
  __typename ... on RegisterWhatsappSenderSuccess { method acceptedAt verificationCodeSent sender { ${SENDER} } } ${errors('VNSR')} } }`;
export const REGISTER_ONLY = `mutation($input: RegisterWhatsappSenderInput!) { registerWhatsappSender(input: $input) {
  __typename ... on RegisterWhatsappSenderSuccess { method verificationCodeSent } ${errors('VNSR')} } }`;
export const DELETE_ONLY = `mutation($input: DeleteWhatsappSenderInput!) { deleteWhatsappSender(input: $input) {
  __typename ${errors('VNS')} } }`;
export const SENDER_COMMENT = `mutation($input: AddWhatsappSenderCommentInput!) { addWhatsappSenderComment(input: $input) {
  __typename ... on AddWhatsappSenderCommentSuccess { comment { comment author createdAt } sender { id
    activities(first: 1) { edges { node { ... on WhatsappSenderActivity { type comment } } } } } } ${errors('VN')} } }`;

const ACCOUNT = 'projectId state wabaId details { wabaName } changes { status details { wabaName } }';
export const CREATE_ACCOUNT = `mutation($input: CreateWhatsappAccountInput!) { createWhatsappAccount(input: $input) {
  __typename ... on CreateWhatsappAccountSuccess { account { ${ACCOUNT} } } ${errors('VNC')} } }`;
export const UPDATE_ACCOUNT = `mutation($input: UpdateWhatsappAccountInput!) { updateWhatsappAccount(input: $input) {
  __typename ... on UpdateWhatsappAccountSuccess { account { ${ACCOUNT} } } ${errors('VNS')} } }`;
export const ACCOUNT_COMMENT = `mutation($input: AddWhatsappAccountCommentInput!) { addWhatsappAccountComment(input: $input) {
  __typename ... on AddWhatsappAccountCommentSuccess { comment { comment author createdAt } } ${errors('VN')} } }`;

export const READ_SENDER = `query($id: ID!) { node(id: $id) { ... on WhatsappSender { ${SENDER}
  activities(first: 20) { edges { node { ... on WhatsappSenderActivity { type } } } } } } }`;
