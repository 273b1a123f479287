package org.origingraph.api;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Recognises a failure that means "the database cannot be reached right now, retry", whichever layer
 * reports it: the driver found no server (refused connection, a connection that broke mid-statement,
 * a database still starting, a transient server error), could not get a pooled connection within its
 * acquisition timeout (driver 6.1 reports that as a {@link ClientException} whose message is the only
 * mark; the test against a killed server shows it), or Spring wrapped one of those (a transaction that could
 * not begin, a translated data-access exception). Timeouts are told apart by {@link Timeouts} first.
 */
public final class Unavailable {

  /** Seconds a client is asked to wait before sending the request again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 2;

  private Unavailable() {}

  /** Whether {@code failure}, or one of its causes, says that the database is out of reach for now. */
  public static boolean isUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
          || t instanceof TransientException || isAcquisitionTimeout(t)) {
        return !Timeouts.isTimeout(failure);
      }
    }
    return false;
  }

  private static boolean isAcquisitionTimeout(Throwable t) {
    return t instanceof ClientException && t.getMessage() != null && t.getMessage().startsWith("Unable to acquire connection");
  }
}
