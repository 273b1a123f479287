package org.origingraph.resolver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /.well-known/gs1resolver}: the resolver description file of the GS1-Conformant Resolver
 * Standard, from which clients learn the root, the primary keys answered and the link type vocabulary.
 */
// Public reads for any web page or app: GS1 resolvers must support CORS, preflight included.
@CrossOrigin(origins = "*", exposedHeaders = {"Link", "Location"})
@RestController
class WellKnownController {

  private final Map<String, Object> description;
  private final Resolver resolver;

  WellKnownController(ResolverProperties properties, Resolver resolver) {
    this.resolver = resolver;
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("name", "origin-graph GS1 Digital Link resolver");
    description.put("supportedPrimaryKeys", List.of("01", "414", "417", "00"));
    description.put("supportedLinkType", List.of(Map.of("namespace", LinkTypes.NAMESPACE, "prefix", "gs1:")));
    description.put("linkTypeDefaultCanBeLinkset", true);
    description.put("supportedContextValuesEnumerated", List.of());
    description.put("supportedLanguages", properties.languages());
    this.description = java.util.Collections.unmodifiableMap(description);
  }

  @GetMapping("/.well-known/gs1resolver")
  ResponseEntity<Map<String, Object>> describe() {
    // The root is per request when origin.resolver.base-url is unset: the host the client reached.
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("name", description.get("name"));
    answer.put("resolverRoot", resolver.baseUrl());
    answer.putAll(description);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .body(answer);
  }
}
