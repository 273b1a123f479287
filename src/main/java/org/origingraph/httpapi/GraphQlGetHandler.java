package org.origingraph.httpapi;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.jspecify.annotations.Nullable;
import org.origingraph.api.ErrorCode;
import org.origingraph.security.Callers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /graphql?query=…&variables=…&operationName=…&extensions=…}: runs a query through the same
 * interceptors and instrumentations as a POST, and answers with HTTP caching headers.
 *
 * <p>Anonymous answers without errors are {@code Cache-Control: public, max-age=…}; authenticated ones
 * {@code private, no-cache}; both carry a strong {@code ETag} (the SHA-256 of the body) and answer
 * {@code If-None-Match} with 304. Answers with errors are {@code no-store}. Anonymous persisted
 * queries (a hash or a document id in {@code extensions}) are served from the {@link ResponseCache}
 * when it holds them. A mutation is refused by {@link PersistedDocuments} (it alone knows the
 * document of a persisted query) and answered here with 405 and {@code Allow: POST}.
 */
final class GraphQlGetHandler {

  private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");
  private static final String VARY = String.join(", ", HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE,
      HttpHeaders.ACCEPT_ENCODING, HttpHeaders.AUTHORIZATION, "X-API-Key");
  private static final int MAX_ACCEPT_LANGUAGE = 1024;

  private final WebGraphQlHandler graphQl;
  private final JsonMapper json;
  private final @Nullable ResponseCache cache;
  private final String publicCacheControl;

  GraphQlGetHandler(WebGraphQlHandler graphQl, JsonMapper json, @Nullable ResponseCache cache, GraphQlHttpProperties.HttpCache settings) {
    this.graphQl = graphQl;
    this.json = json;
    this.cache = cache;
    this.publicCacheControl = "public, max-age=" + settings.maxAge().toSeconds();
  }

  ServerResponse handle(ServerRequest request) {
    MultiValueMap<String, String> params = request.params();
    MediaType mediaType = responseType(request);
    for (String name : List.of("query", "operationName", "variables", "extensions", "documentId")) {
      List<String> values = params.get(name);
      if (values != null && values.size() > 1) {
        return badRequest(mediaType, name, "Give the query parameter " + name + " once");
      }
    }
    String query = params.getFirst("query");
    String operationName = blankToNull(params.getFirst("operationName"));
    String variablesText = params.getFirst("variables");
    String extensionsText = params.getFirst("extensions");
    Map<String, Object> variables;
    Map<String, Object> extensions;
    try {
      variables = object(variablesText);
    } catch (IllegalArgumentException e) {
      return badRequest(mediaType, "variables", "The query parameter variables must be a JSON object: " + e.getMessage());
    }
    try {
      extensions = object(extensionsText);
    } catch (IllegalArgumentException e) {
      return badRequest(mediaType, "extensions", "The query parameter extensions must be a JSON object: " + e.getMessage());
    }
    String documentId = blankToNull(params.getFirst("documentId"));
    if (documentId != null) {
      extensions.put("documentId", documentId);
    }
    String persistedKey = persistedKey(extensions);
    if ((query == null || query.isBlank()) && persistedKey == null) {
      return badRequest(mediaType, "query", "GET /graphql needs a query parameter, or a persisted query in extensions");
    }

    boolean anonymous = Callers.current().isAnonymous();
    ResponseCache.Key key = null;
    if (anonymous && persistedKey != null && cache != null) {
      key = new ResponseCache.Key(persistedKey, operationName, variablesText == null ? "" : variablesText,
          acceptLanguage(request) + " " + mediaType,
          request.uri().getScheme() + "://" + request.uri().getAuthority());
      ResponseCache.Entry hit = cache.get(key);
      if (hit != null) {
        return acceptsGzip(request) ? gzipped(request, mediaType, hit)
            : answer(request, HttpStatus.OK, mediaType, hit.body(), hit.etag(), publicCacheControl, HttpHeaders.EMPTY);
      }
    }
    long generation = cache == null ? 0 : cache.generation();

    WebGraphQlResponse response = execute(request, query, operationName, variables, extensions);
    byte[] body = json.writeValueAsBytes(response.toMap());
    if (!response.getErrors().isEmpty()) {
      boolean mutation = response.getErrors().stream().anyMatch(e -> e.getExtensions() != null
          && ErrorCode.METHOD_NOT_ALLOWED.name().equals(e.getExtensions().get("code")));
      HttpHeaders headers = new HttpHeaders();
      if (mutation) {
        headers.setAllow(java.util.Set.of(org.springframework.http.HttpMethod.POST));
      }
      return answer(request, mutation ? HttpStatus.METHOD_NOT_ALLOWED : HttpStatus.OK, mediaType, body, null, "no-store",
          headers);
    }
    String etag = etag(body);
    if (key != null) {
      cache.put(key, body, etag, generation);
    }
    return answer(request, HttpStatus.OK, mediaType, body, etag, anonymous ? publicCacheControl : "private, no-cache",
        response.getResponseHeaders());
  }

  private WebGraphQlResponse execute(ServerRequest request, @Nullable String query, @Nullable String operationName,
      Map<String, Object> variables, Map<String, Object> extensions) {
    String document = query == null || query.isBlank() ? PersistedQuerySupport.PERSISTED_QUERY_MARKER : query;
    MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
    WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), cookies,
        request.remoteAddress().orElse(null), request.attributes(),
        new DefaultGraphQlRequest(document, operationName, variables, extensions),
        UUID.randomUUID().toString(), LocaleContextHolder.getLocale());
    graphQlRequest.configureExecutionInput((input, builder) ->
        builder.graphQLContext(context -> context.put(PersistedDocuments.HTTP_GET, true)).build());
    WebGraphQlResponse response = graphQl.handleRequest(graphQlRequest).block();
    if (response == null) {
      throw new IllegalStateException("GraphQL gave no response");
    }
    return response;
  }

  private static ServerResponse answer(ServerRequest request, HttpStatus status, MediaType mediaType, byte[] body,
      @Nullable String etag, String cacheControl, HttpHeaders extra) {
    boolean notModified = etag != null && matches(request.headers().header(HttpHeaders.IF_NONE_MATCH), etag);
    ServerResponse.BodyBuilder builder = ServerResponse.status(notModified ? HttpStatus.NOT_MODIFIED : status)
        .header(HttpHeaders.CACHE_CONTROL, cacheControl)
        .header(HttpHeaders.VARY, VARY)
        .headers(headers -> headers.addAll(extra));
    if (etag != null) {
      builder.header(HttpHeaders.ETAG, etag);
    }
    return notModified ? builder.build() : builder.contentType(mediaType).body(body);
  }

  /**
   * A cached answer as stored, gzip-compressed: its own strong ETag (another representation of the
   * same answer), though a client holding the identity one is told 304 too, as its copy is current.
   */
  private ServerResponse gzipped(ServerRequest request, MediaType mediaType, ResponseCache.Entry hit) {
    String etag = hit.etag().substring(0, hit.etag().length() - 1) + "-gzip\"";
    List<String> ifNoneMatch = request.headers().header(HttpHeaders.IF_NONE_MATCH);
    boolean notModified = matches(ifNoneMatch, etag) || matches(ifNoneMatch, hit.etag());
    ServerResponse.BodyBuilder builder = ServerResponse.status(notModified ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
        .header(HttpHeaders.CACHE_CONTROL, publicCacheControl)
        .header(HttpHeaders.VARY, VARY)
        .header(HttpHeaders.ETAG, etag);
    return notModified ? builder.build()
        : builder.contentType(mediaType).header(HttpHeaders.CONTENT_ENCODING, "gzip").body(hit.gzipped());
  }

  private static boolean acceptsGzip(ServerRequest request) {
    for (String header : request.headers().header(HttpHeaders.ACCEPT_ENCODING)) {
      for (String coding : header.split(",")) {
        String[] parts = coding.strip().split(";");
        if (parts[0].strip().equalsIgnoreCase("gzip")
            && !(parts.length > 1 && parts[1].replace(" ", "").equalsIgnoreCase("q=0"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether an {@code If-None-Match} header names {@code etag} (weak comparison, RFC 9110 §13.1.2). */
  static boolean matches(List<String> ifNoneMatch, String etag) {
    for (String header : ifNoneMatch) {
      for (String tag : header.split(",")) {
        String candidate = tag.strip();
        if (candidate.startsWith("W/")) {
          candidate = candidate.substring(2);
        }
        if (candidate.equals("*") || candidate.equals(etag)) {
          return true;
        }
      }
    }
    return false;
  }

  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  /** The hash or document id a request names, which identifies its document for the response cache. */
  private static @Nullable String persistedKey(Map<String, Object> extensions) {
    if (extensions.get("persistedQuery") instanceof Map<?, ?> persisted && persisted.get("sha256Hash") instanceof String hash) {
      return "sha256:" + hash.toLowerCase(java.util.Locale.ROOT);
    }
    return extensions.get("documentId") instanceof String id ? "id:" + id : null;
  }

  private Map<String, Object> object(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return new LinkedHashMap<>();
    }
    Object value;
    try {
      value = json.readValue(text, Object.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(e.getOriginalMessage());
    }
    if (value == null) {
      return new LinkedHashMap<>();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("it is a JSON " + (value instanceof List ? "array" : "value") + ", not an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> object = new LinkedHashMap<>((Map<String, Object>) map);
    return object;
  }

  private static String acceptLanguage(ServerRequest request) {
    String header = String.join(",", request.headers().header(HttpHeaders.ACCEPT_LANGUAGE)).strip();
    return header.length() > MAX_ACCEPT_LANGUAGE ? "" : header.toLowerCase(java.util.Locale.ROOT);
  }

  private static MediaType responseType(ServerRequest request) {
    List<MediaType> accepted;
    try {
      accepted = request.headers().accept();
    } catch (RuntimeException malformed) {
      return GRAPHQL_RESPONSE;
    }
    boolean json = false;
    for (MediaType type : accepted) {
      if (type.isCompatibleWith(GRAPHQL_RESPONSE)) {
        return GRAPHQL_RESPONSE;
      }
      json |= type.isCompatibleWith(MediaType.APPLICATION_JSON);
    }
    return json ? MediaType.APPLICATION_JSON : GRAPHQL_RESPONSE;
  }

  private ServerResponse badRequest(MediaType mediaType, String argument, String message) {
    Map<String, Object> error = Map.of("message", message,
        "extensions", Map.of("code", ErrorCode.BAD_REQUEST.name(), "argument", argument));
    return ServerResponse.status(HttpStatus.BAD_REQUEST).contentType(mediaType)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(json.writeValueAsBytes(Map.of("errors", List.of(error))));
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
