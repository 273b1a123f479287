package org.origingraph.provenance;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.origingraph.gs1.CompanyPrefixLengths;
import org.origingraph.provenance.internal.OwnershipRepository;
import org.springframework.stereotype.Service;

/**
 * Which locations and products belong to an organisation, for deciding what its callers may write
 * (docs/access.md, "Writes only for one's own").
 *
 * <p>A location (a GLN, from an SGLN or a party GLN) is the organisation's when it is the
 * organisation's own party GLN, or a facility the graph knows and the organisation operates. A GLN
 * the graph does not know as a facility, or a facility without an operator (a placeholder EPCIS
 * capture made), is the organisation's when its GS1 company prefix is the organisation GLN's: GS1
 * allocates a company's GLNs from its own prefix, so that is the evidence there is. A product is the
 * organisation's when the graph says the organisation owns it; a GTIN without a known owner (not
 * registered, or a placeholder) when its company prefix is the organisation GLN's.
 *
 * <p>Each call is one database statement whatever the number of keys (one set lookup per capture,
 * not one per event). Thread-safe.
 */
@Service
public class Ownership {

  private final OwnershipRepository repository;
  private final CompanyPrefixLengths prefixes;

  Ownership(OwnershipRepository repository, CompanyPrefixLengths prefixes) {
    this.repository = repository;
    this.prefixes = prefixes;
  }

  /** Of the 13-digit {@code glns}, those that are not {@code organization}'s. */
  public Set<String> foreignLocations(String organization, Collection<String> glns) {
    Set<String> foreign = new LinkedHashSet<>();
    Set<String> asked = new LinkedHashSet<>(glns);
    asked.remove(organization);
    Map<String, Optional<String>> operators = repository.operators(asked);
    for (String gln : asked) {
      Optional<String> operator = operators.getOrDefault(gln, Optional.empty());
      boolean own = operator.isPresent() ? operator.get().equals(organization) : samePrefix(gln, organization);
      if (!own) {
        foreign.add(gln);
      }
    }
    return foreign;
  }

  /** Of the GTIN-14 {@code gtins}, those of products that are not {@code organization}'s. */
  public Set<String> foreignProducts(String organization, Collection<String> gtins) {
    Set<String> foreign = new LinkedHashSet<>();
    Set<String> asked = new LinkedHashSet<>(gtins);
    Map<String, Optional<String>> owners = repository.productOwners(asked);
    for (String gtin : asked) {
      Optional<String> owner = owners.getOrDefault(gtin, Optional.empty());
      boolean own = owner.isPresent() ? owner.get().equals(organization) : samePrefix(gtin.substring(1), organization);
      if (!own) {
        foreign.add(gtin);
      }
    }
    return foreign;
  }

  /**
   * The locations that are {@code organization}'s by the same rules, for reading: the facilities it
   * operates, its own party GLN and every GLN of its company prefix, except the facilities of that
   * prefix that another organisation operates. Two statements.
   */
  public Locations locationsOf(String organization) {
    String prefix = organization.substring(0, Math.min(organization.length(), prefixes.lengthFor(organization)));
    Set<String> operated = new LinkedHashSet<>(repository.operatedBy(organization));
    operated.add(organization);
    return new Locations(Set.copyOf(operated), prefix, Set.copyOf(repository.othersWithPrefix(organization, prefix)));
  }

  /**
   * An organisation's locations. Immutable.
   *
   * @param glns GLNs that are its for certain: the facilities it operates and its party GLN
   * @param companyPrefix its GS1 company prefix: a GLN starting with it is its too, unless excepted
   * @param excepted facilities of its prefix that another organisation operates
   */
  public record Locations(Set<String> glns, String companyPrefix, Set<String> excepted) {}

  /** Whether the GS1 keys' digits (from the GS1 prefix on) start with the same company prefix. */
  private boolean samePrefix(String keyDigits, String organization) {
    int length = prefixes.lengthFor(organization);
    return keyDigits.length() >= length && prefixes.lengthFor(keyDigits) == length
        && keyDigits.regionMatches(0, organization, 0, length);
  }
}
