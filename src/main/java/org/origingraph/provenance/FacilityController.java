package org.origingraph.provenance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.origingraph.api.Arguments;
import org.origingraph.gs1.Gln;
import org.origingraph.provenance.internal.CatalogRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Facilities and the organizations operating them. */
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

  @BatchMapping
  Map<Facility, Organization> operator(List<Facility> facilities) {
    var operators = repository.organizationsByGln(
        facilities.stream().map(Facility::operatorGln).filter(g -> g != null).distinct().toList());
    return BatchController.byKey(facilities, f -> f.operatorGln() == null ? null : operators.get(f.operatorGln()));
  }

  @BatchMapping(typeName = "Facility", field = "certificates")
  Map<Facility, List<Certificate>> facilityCertificates(List<Facility> facilities) {
    var certificates = repository.certificatesOfFacilities(facilities.stream().map(Facility::gln).distinct().toList());
    return BatchController.byKey(facilities, f -> certificates.getOrDefault(f.gln(), List.of()));
  }

  @BatchMapping(typeName = "Organization", field = "facilities")
  Map<Organization, List<Facility>> operatedFacilities(List<Organization> organizations) {
    var facilities = repository.facilitiesOperatedBy(organizations.stream().map(Organization::gln).distinct().toList());
    return BatchController.byKey(organizations, o -> facilities.getOrDefault(o.gln(), List.of()));
  }

  @BatchMapping(typeName = "Organization", field = "certificates")
  Map<Organization, List<Certificate>> organizationCertificates(List<Organization> organizations) {
    var certificates = repository.certificatesOfOrganizations(
        organizations.stream().map(Organization::gln).distinct().toList());
    return BatchController.byKey(organizations, o -> certificates.getOrDefault(o.gln(), List.of()));
  }
}
