package org.origingraph.verification;

/** What an early {@link Warning} is about. */
public enum WarningKind {
  /** A certificate runs out within the configured horizon. */
  CERTIFICATE_EXPIRING,
  /** A shipment has not arrived within its expected transit. */
  SHIPMENT_OVERDUE,
  /** A check found something wrong in newly captured data. */
  FINDING,
  /** One serialised item's stamp was scanned implausibly often. */
  STAMP_SCANNED_OFTEN
}
