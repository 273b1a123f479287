package org.origingraph.resolver;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Passes a request's query string on to a redirect target, as the GS1 resolver standard asks by
 * default: the target may use data attributes (expiry) and campaign parameters. {@code linkType} and
 * {@code lang} are dropped: they were addressed to the resolver, and the choice of target answers them.
 */
final class Queries {

  private Queries() {}

  static String passOn(String target, @Nullable String query) {
    if (query == null || query.isEmpty()) {
      return target;
    }
    List<String> kept = new ArrayList<>();
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      if (!pair.isEmpty() && !name.equals("linkType") && !name.equals("lang")) {
        kept.add(pair);
      }
    }
    if (kept.isEmpty()) {
      return target;
    }
    // The query goes before a fragment (/ja/01/...#certificates), which is the target's own.
    int hash = target.indexOf('#');
    String beforeFragment = hash < 0 ? target : target.substring(0, hash);
    String fragment = hash < 0 ? "" : target.substring(hash);
    return beforeFragment + (beforeFragment.contains("?") ? "&" : "?") + String.join("&", kept) + fragment;
  }
}
