package org.origingraph.epcis;

import org.origingraph.api.BadUserInputException;
import org.jspecify.annotations.Nullable;

/**
 * A refused value of an event query's filter, naming the filter by {@link QueryParameter} rather than by
 * either binding's name. As bad user input it names the GraphQL argument path ({@code filter.epcs}), so
 * the shared GraphQL error handling reports it as it is; the REST binding's handler reports it under the
 * query parameter instead ({@code MATCH_epc}, see {@link #restName()}).
 */
public class QueryParameterException extends BadUserInputException {

  private final QueryParameter parameter;
  private final @Nullable String type;
  private final String problem;

  /**
   * @param parameter the filter at fault
   * @param type for a typed parameter, the type as the reader wrote it (part of the REST name); else null
   * @param problem what is wrong, for a person, without the parameter's name: {@code 'x' is not an EPC pattern}
   */
  public QueryParameterException(QueryParameter parameter, @Nullable String type, String problem) {
    super(parameter.graphQlPath(), parameter.graphQlPath() + ": " + problem);
    this.parameter = parameter;
    this.type = type;
    this.problem = problem;
  }

  /** The REST name, e.g. {@code EQ_bizTransaction_po}. */
  public String restName() {
    return parameter.restName(type);
  }

  public String problem() {
    return problem;
  }

  /** This refusal as bad input of the argument {@code name}, the message starting with that name. */
  public BadUserInputException named(String name) {
    return new BadUserInputException(name, name + ": " + problem);
  }
}
