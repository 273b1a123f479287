package org.origingraph.provenance.internal;

import java.util.Map;

/** The statements of {@link CaptureWrites}, for the capture plan test in the epcis module's tests. */
public final class CaptureStatements {

  private CaptureStatements() {}

  /** Every statement, by name. */
  public static Map<String, String> all() {
    return CaptureWrites.statements();
  }
}
