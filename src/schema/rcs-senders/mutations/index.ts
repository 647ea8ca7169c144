// Every mutation of the contract, by group. Each takes one `input` argument and answers with its
// `<Verb><Noun>Result` union (named by the errors default in builder.ts): the `…Success` object or a
// domain error the client can act on.
import './senders.ts';
import './test-numbers.ts';
import './comments.ts';
