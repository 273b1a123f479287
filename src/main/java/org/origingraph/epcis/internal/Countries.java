package org.origingraph.epcis.internal;

import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A best guess at a facility's country from its GLN's GS1 prefix, for facilities that first appear in
 * an EPCIS event and so have no address yet. The prefix names the GS1 Member Organisation that issued
 * the company prefix, which is usually but not always the facility's country; the guess is replaced
 * when the facility is registered with its address. {@code ZZ} (ISO 3166 "unknown") otherwise.
 */
final class Countries {

  private static final NavigableMap<Integer, String> RANGES = new TreeMap<>();

  static {
    range(0, 139, "US");
    range(300, 379, "FR");
    range(400, 440, "DE");
    range(450, 459, "JP");
    range(460, 469, "RU");
    range(490, 499, "JP");
    range(500, 509, "GB");
    range(540, 549, "BE");
    range(690, 699, "CN");
    range(760, 769, "CH");
    range(800, 839, "IT");
    range(840, 849, "ES");
    range(870, 879, "NL");
    range(880, 880, "KR");
    range(885, 885, "TH");
    range(888, 888, "SG");
    range(893, 893, "VN");
    range(899, 899, "ID");
    range(930, 939, "AU");
    range(940, 949, "NZ");
    range(955, 955, "MY");
  }

  private Countries() {}

  private static void range(int from, int to, String country) {
    for (int p = from; p <= to; p++) {
      RANGES.put(p, country);
    }
  }

  static String ofGln(String gln) {
    String country = RANGES.get(Integer.parseInt(gln.substring(0, 3)));
    return country == null ? "ZZ" : country;
  }
}
