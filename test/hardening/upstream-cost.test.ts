import { encodeGlobalID } from '@pothos/plugin-relay';
import { getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parseConfig } from '../../src/config.ts';
import { documentDepth } from '../../src/plugins/document-limits.ts';
import { operationTokenCount } from '../../src/plugins/introspection-scope.ts';
import { estimateUpstreamCalls } from '../../src/plugins/upstream-cost.ts';
import { schema } from '../../src/schema/index.ts';
import { encodeCursor, MAX_PAGES_PER_FIELD } from '../../src/schema/lib/pagination.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { defaultQuery } from '../../src/yoga.ts';

// The estimate for known documents, worked out by hand from the costs the fields declare.

const estimate = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  estimateUpstreamCalls(schema, parse(query), operationName, variables)?.calls;
const gid = (senderId: string) => encodeSenderId('p', senderId);
const cursor = (s: number) => encodeCursor({ t: null, o: 0, s, n: null, l: false });

/** The dashboard of the performance issue (W1): a page of senders, their test numbers' capabilities. */
const DASHBOARD = `query Dashboard($first: Int) { project(id: "demo-project") { rcsSenders(first: $first) {
  nodes { id testNumbers { number capabilities { __typename ... on RcsCapabilities { features } } } } } } }`;

describe('upstream-call estimate', () => {
  it('the W1 dashboard (first: 50): 1 list call + 50 senders × 3 expected test numbers × 1 = 151', () => {
    expect(DEFAULT_LIMITS.expectedTestNumbers).toBe(3);
    expect(estimate(DASHBOARD, { first: 50 })).toBe(151);
    expect(estimate(DASHBOARD, { first: 100 })).toBe(301);
  });

  it('the expected test numbers per sender are configurable (COST_EXPECTED_TEST_NUMBERS)', () => {
    const withExpected = (expectedTestNumbers: number) =>
      estimateUpstreamCalls(schema, parse(DASHBOARD), undefined, { first: 50 }, { expectedTestNumbers })
        ?.calls;
    expect(withExpected(10)).toBe(501);
    expect(withExpected(0)).toBe(1);
    expect(parseConfig({ COST_EXPECTED_TEST_NUMBERS: '7' }).limits.expectedTestNumbers).toBe(7);
    expect(parseConfig({}).limits.expectedTestNumbers).toBe(3);
    expect(() => parseConfig({ COST_EXPECTED_TEST_NUMBERS: '201' })).toThrow(
      'COST_EXPECTED_TEST_NUMBERS must be an integer 0..200, got "201"',
    );
  });

  it("GraphiQL's default query: 1 list call + 10 senders × 3 test numbers × 1 capabilities = 31", () => {
    expect(estimate(defaultQuery('demo-project'))).toBe(31);
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

  it("`after`: the pages of the cursor's size that `first` needs plus its own page, at most 5", () => {
    const q =
      'query Q($a: String) { project(id: "p") { rcsActivities(first: 100, after: $a) { totalCount } } }';
    expect(estimate(q, {})).toBe(1);
    expect(estimate(q, { a: cursor(100) })).toBe(2);
    expect(estimate(q, { a: cursor(50) })).toBe(3);
    expect(estimate(q, { a: cursor(10) })).toBe(MAX_PAGES_PER_FIELD);
    expect(estimate(q, { a: 'not a cursor' })).toBe(0);
  });

  it('comments: the page cap (3 pages of 100 activities) per sender', () => {
    expect(MAX_PAGES_PER_FIELD).toBe(3);
    expect(
      estimate(
        '{ project(id: "p") { rcsSender(id: "s") { comments(first: 1) { pageInfo { hasNextPage } } } } }',
      ),
    ).toBe(4);
  });

  it('nodes(ids): one call per distinct sender id (other ids are null without a call), items multiply below', () => {
    const q =
      'query N($ids: [ID!]!) { nodes(ids: $ids) { ... on RcsSender { comments(first: 5) { __typename } } } }';
    const ids = [gid('a'), gid('b'), gid('a'), encodeGlobalID('Project', 'p'), 'junk'];
    const res = estimateUpstreamCalls(schema, parse(q), undefined, { ids });
    // 2 distinct senders + 2 × 3 comment pages; every id counts against MAX_LIST_ITEMS.
    expect(res).toEqual({ calls: 8, maxListItems: 5 });
  });

  it('_entities: one call per distinct sender (either key, duplicates once), projects and bad keys free', () => {
    const q = `query E($r: [_Any!]!) { _entities(representations: $r) {
      ... on RcsSender { activities(first: 1) { totalCount } } } }`;
    const sender = (senderId: string) => [
      { __typename: 'RcsSender', id: gid(senderId) },
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

  it('a mutation counts its write, plus what its result selects (a read-back sender is one GET)', () => {
    const comment = (
      selection: string,
    ) => `mutation { addRcsSenderComment(input: { senderId: "x", projectId: "p",
      comment: "hi" }) { __typename ... on AddRcsSenderCommentSuccess { ${selection} } } }`;
    expect(estimate(comment('comment { comment }'))).toBe(1);
    expect(estimate(comment('sender { id }'))).toBe(2);
    expect(estimate(comment('sender { activities(first: 10) { totalCount } }'))).toBe(3);
    // A launch may read the sender once more, to name its state in an InvalidStateError.
    expect(estimate('mutation { launchRcsSender(input: { id: "x", projectId: "p" }) { __typename } }')).toBe(
      2,
    );
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
