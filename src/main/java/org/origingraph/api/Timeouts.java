package org.origingraph.api;

import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Recognises a database statement that ran out of its time budget, whichever layer reports it: the
 * Neo4j driver (the server terminated the transaction because its timeout passed), Spring Data's
 * translation of it, or Spring's transaction manager.
 */
public final class Timeouts {

  private Timeouts() {}

  /** Whether {@code failure}, or one of its causes, says that a statement ran out of time. */
  public static boolean isTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof QueryTimeoutException || t instanceof TransactionTimedOutException) {
        return true;
      }
      if (t instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().contains("TransactionTimedOut")) {
        return true;
      }
    }
    return false;
  }
}
