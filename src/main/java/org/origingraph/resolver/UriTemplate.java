package org.origingraph.resolver;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {name}} templates of the link configuration. Deliberately simpler than RFC 6570: the
 * configuration writes URIs, and only whole variables are substituted.
 */
final class UriTemplate {

  private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

  private UriTemplate() {}

  /**
   * {@code template} with every variable replaced by its value; values listed in {@code verbatim} go
   * in as given (they are already URI parts), the others percent-encoded when {@code encode}.
   *
   * @return empty when a variable has no value, i.e. the link does not apply to the item
   */
  static Optional<String> expand(String template, Map<String, String> values, boolean encode) {
    Matcher matcher = VARIABLE.matcher(template);
    var out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = values.get(name);
      if (value == null) {
        return Optional.empty();
      }
      String substituted = encode && !name.equals("path") ? encode(value) : value;
      matcher.appendReplacement(out, Matcher.quoteReplacement(substituted));
    }
    matcher.appendTail(out);
    return Optional.of(out.toString());
  }

  static boolean uses(String template, String variable) {
    return template.contains("{" + variable + "}");
  }

  static String encode(String value) {
    // URLEncoder is form encoding: its '+' for space is wrong in a URI, and '*' is left bare.
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
  }
}
