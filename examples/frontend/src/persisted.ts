import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST } from 'graphql';

/** A GraphQL error as origin-graph sends it: clients switch on `extensions.code`, never on the message. */
export interface GraphQlError {
  message: string;
  extensions?: { code?: string; argument?: string; [key: string]: unknown };
}

export class GraphQlRequestError extends Error {
  constructor(readonly errors: GraphQlError[]) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

/**
 * Runs a registered operation as a persisted GET: only its name and variables travel, the answer is
 * cacheable (browser, CDN, and the service's own response cache for anonymous callers), and a repeated
 * request with the ETag it got costs a 304. The result and the variables are typed by the document
 * graphql-codegen generated from the same operation file.
 */
export async function persistedGet<Result, Variables>(
  endpoint: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  init: { language?: string; apiKey?: string } = {},
): Promise<Result> {
  const operation = getOperationAST(document);
  if (!operation?.name) {
    throw new Error('persistedGet needs a named operation');
  }
  const url = new URL(endpoint);
  url.searchParams.set('documentId', operation.name.value);
  url.searchParams.set('variables', JSON.stringify(variables));
  const headers: Record<string, string> = { Accept: 'application/graphql-response+json' };
  if (init.language) headers['Accept-Language'] = init.language;
  if (init.apiKey) headers['X-API-Key'] = init.apiKey; // private answers; only from allowed origins
  const response = await fetch(url, { headers });
  const body = (await response.json()) as { data?: Result; errors?: GraphQlError[] };
  if (body.errors?.length || !body.data) {
    throw new GraphQlRequestError(body.errors ?? [{ message: `HTTP ${response.status}` }]);
  }
  return body.data;
}
