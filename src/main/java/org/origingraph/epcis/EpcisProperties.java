package org.origingraph.epcis;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * EPCIS settings ({@code origin.epcis.*}).
 *
 * @param maxDocumentBytes largest capture document accepted; bigger ones get 413 before they are parsed
 * @param maxPerPage largest {@code perPage} of an event query
 */
@ConfigurationProperties("origin.epcis")
public record EpcisProperties(Long maxDocumentBytes, Integer maxPerPage) {

  public EpcisProperties {
    maxDocumentBytes = maxDocumentBytes == null ? 8L * 1024 * 1024 : maxDocumentBytes;
    maxPerPage = maxPerPage == null ? 1000 : maxPerPage;
  }
}
