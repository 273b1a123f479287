package org.origingraph.provenance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.origingraph.api.Arguments;
import org.origingraph.gs1.Gln;
import org.origingraph.provenance.internal.CatalogRepository;
import org.origingraph.provenance.internal.WalkNodes;
import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Facilities and the organizations operating them; what a provenance answer of the request holds is
 * taken from it. {@code Facility.operator} is wired by {@link WalkFirstFields}.
 */
@Controller
class FacilityController {

  private final Catalog catalog;
  private final CatalogRepository repository;

  FacilityController(Catalog catalog, CatalogRepository repository) {
    this.catalog = catalog;
    this.repository = repository;
  }

  @QueryMapping
  Optional<Facility> facility(@Argument String gln) {
    return catalog.facility(Arguments.parse("gln", gln, Gln::parse).value());
  }

  @BatchMapping(typeName = "Facility", field = "certificates")
  Map<Facility, List<Certificate>> facilityCertificates(List<Facility> facilities, GraphQLContext context) {
    var walks = WalkNodes.in(context);
    return BatchController.walkOrLoad(facilities, f -> true, f -> walks.isEmpty() ? null : walks.certificates(f.id()),
        missing -> {
          var certificates = repository.certificatesOfFacilities(missing.stream().map(Facility::gln).distinct().toList());
          return BatchController.byKey(missing, f -> certificates.getOrDefault(f.gln(), List.of()));
        });
  }

  @BatchMapping(typeName = "Organization", field = "facilities")
  Map<Organization, List<Facility>> operatedFacilities(List<Organization> organizations) {
    var facilities = repository.facilitiesOperatedBy(organizations.stream().map(Organization::gln).distinct().toList());
    return BatchController.byKey(organizations, o -> facilities.getOrDefault(o.gln(), List.of()));
  }

  @BatchMapping(typeName = "Organization", field = "certificates")
  Map<Organization, List<Certificate>> organizationCertificates(List<Organization> organizations,
      GraphQLContext context) {
    var walks = WalkNodes.in(context);
    return BatchController.walkOrLoad(organizations, o -> true,
        o -> walks.isEmpty() ? null : walks.certificates(o.id()), missing -> {
          var certificates = repository.certificatesOfOrganizations(
              missing.stream().map(Organization::gln).distinct().toList());
          return BatchController.byKey(missing, o -> certificates.getOrDefault(o.gln(), List.of()));
        });
  }
}
