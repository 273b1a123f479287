package org.origingraph.verification;

/** What a {@link Finding} found; clients switch on these, never on message text. */
public enum FindingCode {
  /** An input batch was produced after the batch made from it. */
  INPUT_PRODUCED_AFTER_OUTPUT(Severity.ERROR),
  /** A shipment departed before the batch it carries was produced. */
  SHIPPED_BEFORE_PRODUCED(Severity.ERROR),
  /** A shipment arrived before it departed. */
  ARRIVED_BEFORE_DEPARTED(Severity.ERROR),
  /** A batch was made from an input before that input arrived at the facility that used it. */
  USED_BEFORE_RECEIVED(Severity.ERROR),
  /** Transformations consumed more of an input than the input batch held. */
  OVER_CONSUMPTION(Severity.ERROR),
  /** More of a batch left one facility than the batch held. */
  OVER_SHIPMENT(Severity.ERROR),
  /** A certificate vouching for a batch, its facility or its operator was not valid on the production day. */
  CERTIFICATE_NOT_VALID(Severity.ERROR),
  /** A shipment covered its great-circle distance faster than its transport mode can. */
  TRANSIT_IMPLAUSIBLE(Severity.WARNING),
  /** A field that Circular 02/2024/TT-BKHCN makes mandatory is missing. */
  RECORD_INCOMPLETE(Severity.WARNING);

  private final Severity severity;

  FindingCode(Severity severity) {
    this.severity = severity;
  }

  /** The severity every finding of this code has. */
  public Severity severity() {
    return severity;
  }
}
