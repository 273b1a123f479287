package org.origingraph.resolver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the HTTP {@code Link} header (RFC 8288) of resolver answers: first the linkset, then the
 * links a client is most likely to want next.
 *
 * <p>Not every link: with a dozen languages and several link types the header would pass the 8 KB
 * that servers and proxies accept. It holds the default link and the links in the served language or
 * in none; the linkset it points to has them all. Header values must be ASCII, so a non-ASCII title
 * (Vietnamese, Japanese) is written as {@code title*} in RFC 8187 encoding.
 */
final class LinkHeader {

  private LinkHeader() {}

  static String of(String linksetUri, List<ItemLink> links, String servedLanguage) {
    List<String> entries = new ArrayList<>();
    entries.add("<" + linksetUri + ">; rel=\"linkset\"; type=\"application/linkset+json\"; title=\"All links (RFC 9264 linkset)\"");
    for (ItemLink link : links) {
      boolean served = link.relation().equals(LinkTypes.DEFAULT_LINK)
          || link.hreflang() == null || link.hreflang().equals(servedLanguage);
      if (served) {
        entries.add(entry(link));
      }
    }
    return String.join(", ", entries);
  }

  private static String entry(ItemLink link) {
    var entry = new StringBuilder("<").append(link.href()).append(">; rel=\"").append(link.relation()).append('"');
    entry.append("; type=\"").append(link.type()).append('"');
    if (link.hreflang() != null) {
      entry.append("; hreflang=\"").append(link.hreflang()).append('"');
    }
    if (link.title().chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
      entry.append("; title=\"").append(link.title().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    } else {
      entry.append("; title*=UTF-8''").append(extValue(link.title()));
    }
    return entry.toString();
  }

  // RFC 8187 section 3.2.1: attr-char stays, every other byte of the UTF-8 form is %XX.
  private static String extValue(String text) {
    var out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
