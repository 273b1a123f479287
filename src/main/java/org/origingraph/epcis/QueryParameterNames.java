package org.origingraph.epcis;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.origingraph.api.BadUserInputException;

/**
 * The names {@code GET /epcis/events} accepts. Any other name is refused rather than ignored: a typo
 * such as {@code MATCH_EPC}, or a standard parameter this server does not evaluate such as
 * {@code EQ_action}, would otherwise answer every event as if it had filtered. Stateless.
 */
final class QueryParameterNames {

  private static final List<String> PAGING = List.of("perPage", "nextPageToken");

  /** The filters this server applies, and paging, for messages. */
  static final List<String> SUPPORTED = Stream.concat(
      Arrays.stream(QueryParameter.values()).map(p -> p.typed() ? p.restName() + "{type}" : p.restName()), PAGING.stream()).toList();

  /**
   * The other parameters of the EPCIS 2.0 SimpleEventQuery with fixed names, as GS1's query schema
   * ({@code epcis/query-schema.json}) and the REST binding's OpenAPI list them;
   * {@code GE_errorDeclarationTime} is spelt both ways there.
   */
  private static final Set<String> STANDARD = Set.of(("GE_recordTime LT_recordTime EQ_action EQ_persistentDisposition_set "
      + "EQ_persistentDisposition_unset EQ_quantity GT_quantity GE_quantity LT_quantity LE_quantity WD_readPoint "
      + "WD_bizLocation EQ_transformationID MATCH_parentID MATCH_inputEPC MATCH_outputEPC MATCH_inputEPCClass "
      + "MATCH_outputEPCClass EQ_eventID EXISTS_errorDeclaration GE_errorDeclarationTime "
      + "LT_errorDeclarationTime GE_errorDeclaration_Time LT_errorDeclaration_Time EQ_errorReason EQ_correctiveEventID "
      + "orderBy orderDirection eventCountLimit maxEventCount EXISTS_sensorElementList GE_time LT_time GE_startTime "
      + "LT_startTime GE_endTime LT_endTime EQ_type EQ_deviceID EQ_dataProcessingMethod EQ_microorganism "
      + "EQ_chemicalSubstance EQ_bizRules EQ_stringValue EQ_booleanValue EQ_hexBinaryValue EQ_uriValue GE_percRank "
      + "LT_percRank GT_percRank LE_percRank").split(" "));

  /**
   * The standard's families of names: comparisons on a field named by a namespaced name
   * ({@code GE_example:temperature}, also within ILMD, error declarations, sensor data and nested
   * fields), EXISTS_, HASATTR_ and EQ_ATTR_, and sensor values per unit ({@code GE_value_CEL}).
   */
  private static final Pattern STANDARD_FAMILIES = Pattern.compile(
      "(EQ|GT|GE|LT|LE)_[^:]+:.+|(EQ|GT|GE|LT|LE)_(INNER|ILMD|ERROR_DECLARATION|SENSORELEMENT|SENSORMETADATA|SENSORREPORT)_.+"
          + "|(EXISTS|HASATTR)_.+|EQ_ATTR_.+"
          + "|(EQ|GT|GE|LT|LE)_(value|minValue|maxValue|meanValue|sDev|percValue|quantity)_[A-Z0-9]{2,4}");

  private QueryParameterNames() {}

  /**
   * Refuses the first of {@code names} this server does not answer.
   *
   * @throws BadUserInputException naming the parameter: "not supported" for a name the EPCIS standard
   *     defines, "unknown" for any other
   */
  static void check(Collection<String> names) {
    for (String name : names) {
      if (isSupported(name)) {
        continue;
      }
      if (STANDARD.contains(name) || STANDARD_FAMILIES.matcher(name).matches()) {
        throw new BadUserInputException(name, name + " is an EPCIS query parameter this server does not support; "
            + "supported are " + String.join(", ", SUPPORTED));
      }
      throw new BadUserInputException(name, name + " is not a known query parameter (names are case-sensitive); "
          + "supported are " + String.join(", ", SUPPORTED));
    }
  }

  private static boolean isSupported(String name) {
    return PAGING.contains(name) || Arrays.stream(QueryParameter.values())
        .anyMatch(p -> p.typed() ? name.startsWith(p.restName()) : name.equals(p.restName()));
  }
}
