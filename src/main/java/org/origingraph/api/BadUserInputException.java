package org.origingraph.api;

/**
 * Rejects a request because of what the caller sent; becomes a {@link ErrorCode#BAD_USER_INPUT}
 * error whose {@code extensions.argument} is {@link #argument()}.
 */
public class BadUserInputException extends RuntimeException {

  private final String argument;

  /**
   * @param argument the argument or input path at fault, e.g. {@code gtin} or {@code input.inputs[1].lot}
   * @param message what is wrong, written for the person who sent it
   */
  public BadUserInputException(String argument, String message) {
    super(message);
    this.argument = argument;
  }

  public String argument() {
    return argument;
  }
}
