/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AddComment($input: AddRcsSenderCommentInput!) {\n    addRcsSenderComment(input: $input) {\n      __typename\n      ... on AddRcsSenderCommentSuccess {\n        comment {\n          comment\n          createdAt\n        }\n      }\n      ... on ValidationError {\n        code\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on NotFoundError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  fragment SenderRow on RcsSender {\n    id\n    senderId\n    state\n    createdAt\n    brand {\n      name\n    }\n    launchReadiness {\n      ready\n      missing {\n        code\n        field\n      }\n    }\n  }\n": typeof types.SenderRowFragmentDoc,
    "\n  query SendersPage($projectId: ID!, $first: Int!, $after: String) {\n    project(id: $projectId) {\n      rcsSenders(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...SenderRow\n        }\n      }\n    }\n  }\n": typeof types.SendersPageDocument,
};
const documents: Documents = {
    "\n  mutation AddComment($input: AddRcsSenderCommentInput!) {\n    addRcsSenderComment(input: $input) {\n      __typename\n      ... on AddRcsSenderCommentSuccess {\n        comment {\n          comment\n          createdAt\n        }\n      }\n      ... on ValidationError {\n        code\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on NotFoundError {\n        code\n        message\n      }\n    }\n  }\n": types.AddCommentDocument,
    "\n  fragment SenderRow on RcsSender {\n    id\n    senderId\n    state\n    createdAt\n    brand {\n      name\n    }\n    launchReadiness {\n      ready\n      missing {\n        code\n        field\n      }\n    }\n  }\n": types.SenderRowFragmentDoc,
    "\n  query SendersPage($projectId: ID!, $first: Int!, $after: String) {\n    project(id: $projectId) {\n      rcsSenders(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...SenderRow\n        }\n      }\n    }\n  }\n": types.SendersPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddRcsSenderCommentInput!) {\n    addRcsSenderComment(input: $input) {\n      __typename\n      ... on AddRcsSenderCommentSuccess {\n        comment {\n          comment\n          createdAt\n        }\n      }\n      ... on ValidationError {\n        code\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on NotFoundError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddRcsSenderCommentInput!) {\n    addRcsSenderComment(input: $input) {\n      __typename\n      ... on AddRcsSenderCommentSuccess {\n        comment {\n          comment\n          createdAt\n        }\n      }\n      ... on ValidationError {\n        code\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on NotFoundError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SenderRow on RcsSender {\n    id\n    senderId\n    state\n    createdAt\n    brand {\n      name\n    }\n    launchReadiness {\n      ready\n      missing {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SenderRow on RcsSender {\n    id\n    senderId\n    state\n    createdAt\n    brand {\n      name\n    }\n    launchReadiness {\n      ready\n      missing {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SendersPage($projectId: ID!, $first: Int!, $after: String) {\n    project(id: $projectId) {\n      rcsSenders(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...SenderRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SendersPage($projectId: ID!, $first: Int!, $after: String) {\n    project(id: $projectId) {\n      rcsSenders(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...SenderRow\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;