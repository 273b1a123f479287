package org.origingraph.verification.internal;

import java.util.ArrayList;
import java.util.List;

import org.origingraph.provenance.Provenance;
import org.origingraph.verification.Finding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Runs every rule over one walk, in a fixed order: time order, mass balance, certificates, transit,
 * completeness. In memory, linear in the walk's nodes and edges; no database access. Thread-safe.
 */
@Component
@EnableConfigurationProperties(VerificationProperties.class)
public class ChainVerifier {

  private final List<Rule> rules;

  ChainVerifier(VerificationProperties properties) {
    this.rules = List.of(new TimeOrderRule(), new MassBalanceRule(properties.tolerance()),
        new CertificateValidityRule(), new TransitPlausibilityRule(properties), new RecordCompletenessRule());
  }

  /** Every finding of every rule on {@code provenance}. */
  public List<Finding> check(Provenance provenance) {
    Chain chain = new Chain(provenance);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      findings.addAll(rule.check(chain));
    }
    return findings;
  }
}
