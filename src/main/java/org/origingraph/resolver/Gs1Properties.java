package org.origingraph.resolver;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of GS1 conversions ({@code origin.gs1.*}). Bound here rather than in the {@code gs1}
 * module, which stays free of Spring; the resolver is the module that writes EPC URNs.
 *
 * @param companyPrefixLengths the company-prefix length table for EPC URN output
 */
@ConfigurationProperties("origin.gs1")
record Gs1Properties(CompanyPrefixTable companyPrefixLengths) {

  Gs1Properties {
    companyPrefixLengths = companyPrefixLengths == null ? new CompanyPrefixTable(null, null) : companyPrefixLengths;
  }

  /**
   * @param defaultLength length for keys outside every range; 7 when not given
   * @param ranges ranges of GS1 prefixes with their length
   */
  record CompanyPrefixTable(Integer defaultLength, List<Range> ranges) {
    CompanyPrefixTable {
      defaultLength = defaultLength == null ? 7 : defaultLength;
      ranges = ranges == null ? List.of() : List.copyOf(ranges);
    }
  }

  /**
   * @param from lowest prefix, e.g. {@code 893}
   * @param to highest prefix, as many digits as {@code from}
   * @param length company-prefix length in that range
   */
  record Range(String from, String to, int length) {}
}
