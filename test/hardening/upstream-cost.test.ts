import { getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentDepth } from '../../src/plugins/document-limits.ts';
import { operationTokenCount } from '../../src/plugins/introspection-scope.ts';
import { estimateUpstreamCalls } from '../../src/plugins/upstream-cost.ts';
import { schema } from '../../src/schema/index.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { defaultQuery } from '../../src/yoga.ts';

// The estimate for known documents, worked out by hand from the field weights.

const estimate = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  estimateUpstreamCalls(schema, parse(query), operationName, variables)?.calls;

describe('upstream-call estimate', () => {
  it("GraphiQL's default query: 1 list call + 10 senders × 10 test numbers × 1 capabilities = 101", () => {
    expect(estimate(defaultQuery('demo-project'))).toBe(101);
  });

  it('a project handle alone costs nothing; one sender lookup costs one call', () => {
    expect(estimate('{ project(id: "p") { id } }')).toBe(0);
    expect(estimate('{ project(id: "p") { rcsSender(id: "s") { id state } } }')).toBe(1);
  });

  it('`first` from a variable, its default (50) when absent, and capped at 100', () => {
    const q =
      'query Q($n: Int) { project(id: "p") { rcsSenders(first: $n) { edges { node { activities { totalCount } } } } } }';
    expect(estimate(q, { n: 3 })).toBe(4);
    expect(estimate(q, {})).toBe(51);
    expect(estimate(q, { n: 5000 })).toBe(101);
  });

  it('nodes(ids): one call per id, items multiply below', () => {
    const q =
      'query N($ids: [ID!]!) { nodes(ids: $ids) { ... on RcsSender { comments(first: 5) { totalCount } } } }';
    const res = estimateUpstreamCalls(schema, parse(q), undefined, { ids: ['a', 'b', 'c'] });
    // 3 lookups + 3 × 2 comment pages
    expect(res).toEqual({ calls: 9, maxListItems: 3 });
  });

  it('_entities: one call per distinct sender (either key, duplicates once), projects and bad keys free', () => {
    const q = `query E($r: [_Any!]!) { _entities(representations: $r) {
      ... on RcsSender { activities(first: 1) { totalCount } } } }`;
    const sender = (senderId: string) => [
      { __typename: 'RcsSender', id: encodeSenderId('p', senderId) },
      { __typename: 'RcsSender', projectId: 'p', senderId },
    ];
    const project = { __typename: 'Project', id: 'p' };
    const r = [...sender('a'), ...sender('b'), ...sender('a'), project, project];
    const junk = [{}, { __typename: 'RcsSender', id: 'not-a-global-id' }, { __typename: 'Nope', id: 'x' }];
    // 2 distinct senders + (2 senders + 1 project) × 1 activities page; no list-items count for _entities.
    expect(estimateUpstreamCalls(schema, parse(q), undefined, { r: [...r, ...junk] })).toEqual({
      calls: 5,
      maxListItems: 0,
    });
    expect(estimate(q, { r: Array.from({ length: 1000 }, () => project) })).toBe(1);
  });

  it('a mutation counts 2 plus what its result selects', () => {
    const q = `mutation { addRcsSenderComment(input: { senderId: "x", projectId: "p", comment: "hi" }) {
      __typename ... on AddRcsSenderCommentSuccess { sender { activities(first: 10) { totalCount } } } } }`;
    expect(estimate(q)).toBe(3);
  });

  it('selects the named operation; variables that do not coerce give no estimate (nothing will run)', () => {
    const doc =
      'query A { project(id: "p") { rcsSender(id: "s") { id } } } query B { project(id: "p") { id } }';
    expect(estimate(doc, {}, 'A')).toBe(1);
    expect(estimate(doc, {}, 'B')).toBe(0);
    expect(
      estimate('query Q($n: Int!) { project(id: "p") { rcsSenders(first: $n) { totalCount } } }', { n: 'x' }),
    ).toBe(undefined);
  });

  it('depth expands fragments and ignores inline fragment boundaries', () => {
    expect(documentDepth(parse('{ a { b { c } } }'))).toEqual({ depth: 3, introspectionDepth: 0 });
    expect(documentDepth(parse('{ ...F } fragment F on Query { a { ... on A { b } } }'))).toEqual({
      depth: 2,
      introspectionDepth: 0,
    });
  });

  it('depth leaves introspection out; introspection depth counts from the root, fragments expanded', () => {
    expect(documentDepth(parse(getIntrospectionQuery()))).toEqual({ depth: 0, introspectionDepth: 15 });
    const mixed = `{ a { b } ...Q } fragment Q on Query { __type(name: "A") { ...T } }
      fragment T on __Type { name ofType { ofType { name } } }`;
    expect(documentDepth(parse(mixed))).toEqual({ depth: 2, introspectionDepth: 4 });
  });

  it("the operation's own tokens leave introspection out, and comments, as the parser counts them", () => {
    // `query IntrospectionQuery {` … `}`: the rest is __schema and fragments on __Type / __InputValue.
    expect(operationTokenCount(parse(getIntrospectionQuery()))).toBe(4);
    expect(operationTokenCount(parse('# note\n{ a(x: 1) { b } __type(name: "A") { name } }'))).toBe(11);
  });
});
