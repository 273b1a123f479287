package org.origingraph.api;

/**
 * The values of {@code extensions.code} on every GraphQL error this API returns, and of {@code code} in
 * every {@code application/problem+json} answer of its HTTP endpoints. Clients switch on these, never
 * on message text, which is meant for people and may change.
 */
public enum ErrorCode {
  /** An argument or input field is malformed or out of range; {@code extensions.argument} names it. */
  BAD_USER_INPUT,
  /** The document does not parse. */
  GRAPHQL_PARSE_FAILED,
  /** The document parses but does not fit the schema (unknown field, missing argument...). */
  GRAPHQL_VALIDATION_FAILED,
  /** The operation asks for something that does not exist where existence is required. */
  NOT_FOUND,
  /** The operation needs a caller identity (an API key) and none, or an unknown one, was given. */
  UNAUTHENTICATED,
  /** The caller is known but may not do this. */
  FORBIDDEN,
  /**
   * The query is deeper, costlier or has more aliases than the configured limits allow;
   * {@code extensions.limit} names the limit ({@code depth}, {@code cost} or {@code aliases}).
   */
  QUERY_TOO_COMPLEX,
  /** The HTTP request itself is malformed (a body that is not JSON, a malformed query string). */
  BAD_REQUEST,
  /** The request body's media type is not one the endpoint reads; the answer lists those it does. */
  UNSUPPORTED_MEDIA_TYPE,
  /** The endpoint does not answer this HTTP method; the answer lists those it does. */
  METHOD_NOT_ALLOWED,
  /** The endpoint cannot answer in any media type the request accepts. */
  NOT_ACCEPTABLE,
  /** The request body is larger than the configured maximum. */
  PAYLOAD_TOO_LARGE,
  /** The caller sent more requests than its rate limit allows; {@code Retry-After} says when to retry. */
  RATE_LIMITED,
  /**
   * The operation did not finish within the service's time budget: the database terminated the
   * statement it was running (nothing is left running there), or the request ran out of time, and
   * its remaining statements end within their own budgets. Retrying later, or asking for less (a
   * smaller {@code maxDepth}), may succeed.
   */
  TIMEOUT,
  /** A fault on our side; the message carries an id to quote, the details are only in our logs. */
  INTERNAL,
  /**
   * A persisted query was asked for by hash only and the service does not know the hash: send it again
   * with the query text (Apollo's automatic persisted queries; the message is {@code PersistedQueryNotFound}).
   */
  PERSISTED_QUERY_NOT_FOUND,
  /**
   * The service lets callers without credentials run only the operations of its registered-operations
   * manifest ({@code origin.graphql.persisted.public-registered-only}), and this is not one of them.
   */
  OPERATION_NOT_REGISTERED,
  /**
   * The database cannot be reached right now (down, restarting, or every connection busy): nothing of
   * the request was done, and the same request may be sent again after a short wait (REST answers carry
   * {@code Retry-After}). A capture that is refused so is stored exactly once when re-sent.
   */
  UNAVAILABLE
}
