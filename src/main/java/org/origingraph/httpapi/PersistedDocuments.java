package org.origingraph.httpapi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;
import org.origingraph.api.ErrorCode;

/**
 * Finds the document a request runs: its own text, a registered operation ({@link OperationManifest})
 * or an automatic persisted query (Apollo's protocol, {@code extensions.persistedQuery.sha256Hash}),
 * and refuses what the transport or the caller may not run. Thread-safe.
 *
 * <p>Automatic persisted queries: a hash the service does not know answers
 * {@code PersistedQueryNotFound} (message and {@code extensions.code PERSISTED_QUERY_NOT_FOUND}, the
 * two things Apollo Client looks for before it retries with the text); hash and text together
 * register the text once the hash is checked and the document validates, in a bounded LRU store. A
 * registered operation may also be named by {@code extensions.documentId} (its name or
 * {@code sha256:<hash>}, as the GraphQL over HTTP draft names persisted documents).
 *
 * <p>Every request is parsed and validated, a stored one too: the query limits and the visibility
 * rules are instrumentations of that step and depend on the caller, so a parsed document is never
 * shared between requests. Only the text is stored.
 */
final class PersistedDocuments implements PreparsedDocumentProvider {

  /** GraphQL context key: {@code Boolean.TRUE} when the request came as an HTTP GET. */
  static final String HTTP_GET = PersistedDocuments.class.getName() + ".get";

  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
  private static final String HASH_ARGUMENT = "extensions.persistedQuery.sha256Hash";

  private final OperationManifest manifest;
  private final Cache<String, String> automatic;
  private final int maxQueryLength;
  private volatile boolean publicRegisteredOnly;

  PersistedDocuments(OperationManifest manifest, GraphQlHttpProperties.Persisted settings) {
    this.manifest = manifest;
    this.automatic = Caffeine.newBuilder().maximumSize(settings.maxEntries()).build();
    this.maxQueryLength = settings.maxQueryLength();
    this.publicRegisteredOnly = settings.publicRegisteredOnly();
  }

  /** For tests of both modes in one application context; configuration sets it otherwise. */
  void publicRegisteredOnly(boolean only) {
    this.publicRegisteredOnly = only;
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    return CompletableFuture.completedFuture(document(input, parseAndValidate));
  }

  private PreparsedDocumentEntry document(ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    GraphQLContext context = input.getGraphQLContext();
    boolean restricted = publicRegisteredOnly && !Boolean.TRUE.equals(context.get(CallerKindInterceptor.AUTHENTICATED));
    String sent = sentText(input.getQuery());
    Requested requested;
    try {
      requested = requested(input.getExtensions());
    } catch (IllegalArgumentException malformed) {
      return failed(malformed.getMessage(), ErrorCode.BAD_USER_INPUT, Map.of("argument", HASH_ARGUMENT));
    }
    String text;
    String toRegister = null;
    if (requested == null) {
      if (sent == null) {
        return failed("The request has no query: send query, or a persisted query's hash in extensions",
            ErrorCode.BAD_USER_INPUT, Map.of("argument", "query"));
      }
      if (restricted && manifest.byText(sent).isEmpty()) {
        return notRegistered();
      }
      text = sent;
    } else {
      Optional<OperationManifest.Operation> registered = manifest.find(requested.key());
      if (registered.isPresent()) {
        text = registered.get().text();
      } else if (restricted) {
        Optional<OperationManifest.Operation> sameText = sent == null ? Optional.empty() : manifest.byText(sent);
        if (sameText.isEmpty()) {
          return notRegistered();
        }
        text = sameText.get().text();
      } else if (!requested.automatic()) {
        return failed("No registered operation is named " + requested.key(), ErrorCode.PERSISTED_QUERY_NOT_FOUND,
            Map.of("argument", "extensions.documentId"));
      } else {
        String stored = automatic.getIfPresent(requested.key());
        if (stored != null) {
          text = stored;
        } else if (sent == null) {
          return failed("PersistedQueryNotFound", ErrorCode.PERSISTED_QUERY_NOT_FOUND, Map.of());
        } else if (!OperationManifest.sha256(sent).equals(requested.key())) {
          return failed("provided sha does not match query: " + HASH_ARGUMENT
              + " must be the hex SHA-256 of the query text's UTF-8 bytes", ErrorCode.BAD_USER_INPUT,
              Map.of("argument", HASH_ARGUMENT));
        } else if (sent.length() > maxQueryLength) {
          return failed("A persisted query is at most " + maxQueryLength + " characters long",
              ErrorCode.BAD_USER_INPUT, Map.of("argument", "query"));
        } else {
          text = sent;
          toRegister = requested.key();
        }
      }
    }
    String document = text;
    ExecutionInput effective = document.equals(input.getQuery()) ? input : input.transform(b -> b.query(document));
    PreparsedDocumentEntry entry = parseAndValidate.apply(effective);
    if (entry.hasErrors()) {
      return entry;
    }
    if (toRegister != null) {
      automatic.put(toRegister, document);
    }
    if (Boolean.TRUE.equals(context.get(HTTP_GET)) && !isQuery(entry, input.getOperationName())) {
      return failed("GET /graphql runs queries only; send mutations with POST", ErrorCode.METHOD_NOT_ALLOWED,
          Map.of("allowed", List.of("POST")));
    }
    return entry;
  }

  /** What the extensions ask for, or null when they name no persisted document. */
  private static @Nullable Requested requested(@Nullable Map<String, Object> extensions) {
    if (extensions == null) {
      return null;
    }
    Object persisted = extensions.get("persistedQuery");
    if (persisted != null) {
      if (!(persisted instanceof Map<?, ?> map) || !(map.get("sha256Hash") instanceof String hash)
          || !SHA256.matcher(hash).matches()) {
        throw new IllegalArgumentException(HASH_ARGUMENT + ": give the 64 hex digits of the query's SHA-256");
      }
      Object version = map.get("version");
      if (version != null && !(version instanceof Number n && n.intValue() == 1)) {
        throw new IllegalArgumentException("extensions.persistedQuery.version: only version 1 is supported");
      }
      return new Requested(hash.toLowerCase(java.util.Locale.ROOT), true);
    }
    if (extensions.get("documentId") instanceof String id && !id.isBlank()) {
      return new Requested(id, false);
    }
    return null;
  }

  private static @Nullable String sentText(@Nullable String query) {
    return query == null || query.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query) ? null : query;
  }

  private static boolean isQuery(PreparsedDocumentEntry entry, @Nullable String operationName) {
    try {
      OperationDefinition operation = NodeUtil.getOperation(entry.getDocument(), operationName).operationDefinition;
      return operation.getOperation() == OperationDefinition.Operation.QUERY;
    } catch (RuntimeException unknownOperation) {
      return true; // execution reports the unknown operation name itself
    }
  }

  private static PreparsedDocumentEntry notRegistered() {
    return failed("Callers without credentials may run only registered operations: send a registered "
        + "operation's hash in extensions.persistedQuery.sha256Hash (docs/frontend.md)", ErrorCode.OPERATION_NOT_REGISTERED, Map.of());
  }

  private static PreparsedDocumentEntry failed(String message, ErrorCode code, Map<String, Object> details) {
    Map<String, Object> extensions = new java.util.LinkedHashMap<>(details);
    extensions.put("code", code.name());
    GraphQLError error = GraphqlErrorBuilder.newError().message(message).extensions(extensions).build();
    return new PreparsedDocumentEntry(List.of(error));
  }

  /** A persisted document asked for: an automatic query's hash, or a registered operation's id. */
  private record Requested(String key, boolean automatic) {}
}
