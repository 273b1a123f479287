package org.origingraph.epcis;

import java.util.List;

/**
 * A refused EPCIS request; the REST binding answers it as {@code application/problem+json} with
 * {@link #status()}, a {@code code} member and the {@link #problems()} with their JSON pointers.
 * The GraphQL mutation reports the same problems in its payload.
 */
public class EpcisException extends RuntimeException {

  private final int status;
  private final String code;
  private final String type;
  private final List<CaptureProblem> problems;

  /**
   * @param status HTTP status, e.g. 400 or 413
   * @param code machine-readable reason, e.g. VALIDATION_FAILED
   * @param type the EPCIS REST binding's exception type, e.g. {@code epcisException:ValidationException}
   * @param detail what is wrong, for a person
   * @param problems each problem with its JSON pointer; may be empty
   */
  public EpcisException(int status, String code, String type, String detail, List<CaptureProblem> problems) {
    super(detail);
    this.status = status;
    this.code = code;
    this.type = type;
    this.problems = List.copyOf(problems);
  }

  /** A 400 ValidationException. */
  public static EpcisException badRequest(String code, String detail, List<CaptureProblem> problems) {
    return new EpcisException(400, code, "epcisException:ValidationException", detail, problems);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String type() {
    return type;
  }

  public List<CaptureProblem> problems() {
    return problems;
  }
}
