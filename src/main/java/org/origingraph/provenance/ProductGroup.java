package org.origingraph.provenance;

/** The eight product groups with mandatory traceability in Vietnam, and OTHER for the rest. */
public enum ProductGroup {
  BEER,
  ALCOHOLIC_DRINKS,
  SOFT_DRINKS,
  PROCESSED_MILK,
  VEGETABLE_OIL,
  FLOUR_AND_STARCH,
  CONFECTIONERY,
  FOOD_PACKAGING,
  OTHER
}
