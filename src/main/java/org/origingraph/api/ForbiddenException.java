package org.origingraph.api;

/**
 * Refuses a write because of who asks: the caller is known but the argument names something that is
 * not its organisation's (another's facility, product or batch). Becomes a {@link ErrorCode#FORBIDDEN}
 * error whose {@code extensions.argument} is {@link #argument()}; thrown before anything is written.
 */
public class ForbiddenException extends RuntimeException {

  private final String argument;

  /**
   * @param argument the argument or input path at fault, e.g. {@code input.facilityGln}
   * @param message what is not the caller's, written for the person who sent it
   */
  public ForbiddenException(String argument, String message) {
    super(message);
    this.argument = argument;
  }

  public String argument() {
    return argument;
  }
}
