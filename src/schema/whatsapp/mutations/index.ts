// The WhatsApp mutations, by group. Each takes one `input` argument and answers with its
// `<Verb><Noun>Result` union (named by the errors default in builder.ts), as the RCS ones do.
import './senders.ts';
import './actions.ts';
import './account.ts';
import './comments.ts';
