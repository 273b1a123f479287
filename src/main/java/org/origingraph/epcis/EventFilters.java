package org.origingraph.epcis;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.origingraph.epcis.internal.DocumentReader;
import org.origingraph.epcis.internal.EpcIdentifiers;
import org.origingraph.epcis.internal.EpcPatterns;
import org.origingraph.epcis.internal.EpcPatterns.Scope;
import org.origingraph.epcis.internal.EventReads;
import org.origingraph.epcis.internal.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * Turns an {@link EventQuery} into the stored form {@link EventReads} compares, refusing a value that
 * is malformed or could never match with a {@link QueryParameterException} naming its filter. Stateless.
 */
final class EventFilters {

  /**
   * The most values one parameter takes, and the most types one typed parameter takes in GraphQL. Each
   * value is compared with every identifier of every event read, and a company prefix pattern is ten
   * prefixes; without a bound one request could make a query as dear as the reader likes.
   */
  static final int MAX_VALUES = 100;

  private EventFilters() {}

  /** @throws QueryParameterException for the first value refused */
  static EventReads.Filter of(EventQuery q) {
    return new EventReads.Filter(eventTypes(q.eventTypes()), q.fromTime(), q.toTime(),
        values(QueryParameter.EQ_BIZ_STEP, null, q.bizSteps()), values(QueryParameter.EQ_DISPOSITION, null, q.dispositions()),
        identifiers(QueryParameter.EQ_BIZ_LOCATION, q.bizLocations()),
        identifiers(QueryParameter.EQ_READ_POINT, q.readPoints()),
        match(QueryParameter.MATCH_EPC, q.epcs(), Scope.INSTANCE), match(QueryParameter.MATCH_ANY_EPC, q.anyEpcs(), Scope.INSTANCE),
        match(QueryParameter.MATCH_EPC_CLASS, q.epcClasses(), Scope.CLASS),
        match(QueryParameter.MATCH_ANY_EPC_CLASS, q.anyEpcClasses(), Scope.CLASS),
        typed(QueryParameter.EQ_BIZ_TRANSACTION, "po", q.bizTransactions(), EpcPatterns::transactionId),
        typed(QueryParameter.EQ_SOURCE, "owning_party", q.sources(), EpcPatterns::identifier),
        typed(QueryParameter.EQ_DESTINATION, "owning_party", q.destinations(), EpcPatterns::identifier));
  }

  /** Event types are case-sensitive names; {@code objectevent} would otherwise match nothing, silently. */
  private static @Nullable List<String> eventTypes(@Nullable List<String> given) {
    List<String> types = values(QueryParameter.EVENT_TYPE, null, given);
    if (types != null) {
      for (String type : types) {
        if (!DocumentReader.EVENT_TYPES.contains(type)) {
          throw new QueryParameterException(QueryParameter.EVENT_TYPE, null,
              "'" + EpcIdentifiers.abbreviate(type) + "' is not an EPCIS 2.0 event type; expected one of " + new TreeSet<>(DocumentReader.EVENT_TYPES));
        }
      }
    }
    return types;
  }

  private static @Nullable List<String> identifiers(QueryParameter parameter, @Nullable List<String> given) {
    List<String> values = values(parameter, null, given);
    return values == null ? null : values.stream().map(v -> parse(parameter, null, v, EpcPatterns::identifier)).distinct().toList();
  }

  private static EpcPatterns.@Nullable Match match(QueryParameter parameter, @Nullable List<String> given, Scope scope) {
    List<String> values = values(parameter, null, given);
    return values == null ? null : EpcPatterns.Match.anyOf(
        values.stream().map(v -> parse(parameter, null, v, value -> EpcPatterns.parse(value, scope))).toList());
  }

  /**
   * One filter per type: {@code po} and {@code urn:epcglobal:cbv:btt:po} name the same type, so their
   * values are alternatives, as repeated values of one parameter are.
   *
   * @param stored the stored form of a value, as capture writes it
   */
  private static @Nullable List<EventReads.Typed> typed(QueryParameter parameter, String exampleType,
      @Nullable List<EventQuery.TypedValues> given, Function<String, String> stored) {
    if (given == null) {
      return null;
    }
    if (given.isEmpty()) {
      throw new QueryParameterException(parameter, null, "give at least one type with its values, or leave the filter out");
    }
    if (given.size() > MAX_VALUES) {
      throw new QueryParameterException(parameter, null, "at most " + MAX_VALUES + " types, not " + given.size());
    }
    Map<String, Set<String>> byType = new LinkedHashMap<>();
    for (EventQuery.TypedValues values : given) {
      String written = values.type().strip();
      if (written.isEmpty()) {
        throw new QueryParameterException(parameter, values.type(), "needs a type, such as " + exampleType);
      }
      if (!isTypeName(written)) {
        throw new QueryParameterException(parameter, values.type(),
            "the type must be a CBV short name such as " + exampleType + " or an absolute URI");
      }
      String type = Vocabulary.shortForm(written);
      for (String value : values(parameter, values.type(), values.values())) {
        byType.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(parse(parameter, values.type(), value, stored));
      }
    }
    return byType.entrySet().stream().map(e -> new EventReads.Typed(e.getKey(), List.copyOf(e.getValue()))).toList();
  }

  /**
   * A CBV short name ({@code po}, {@code owning_party}) or an absolute URI, the two forms capture accepts.
   * Entries are stored as {@code <type>|<id>}, so a type holding {@code |} could equal another entry
   * with part of its id; a URI cannot hold one unencoded, nor can a short name.
   */
  private static boolean isTypeName(String type) {
    if (type.matches("[a-z][A-Za-z0-9_]*")) {
      return true;
    }
    try {
      return new URI(type).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@code parser} applied to {@code value}; its {@link IllegalArgumentException} refuses the value. */
  private static <T> T parse(QueryParameter parameter, @Nullable String type, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new QueryParameterException(parameter, type, e.getMessage());
    }
  }

  /**
   * {@code given}, stripped; {@code null} when the filter is not given. An empty list or a blank value
   * is refused: read as "no filter" it would answer every event, and as a value it matches none, and
   * either way the reader most likely lost a value on the way.
   *
   * @param type for a typed parameter, the type as written
   */
  private static @Nullable List<String> values(QueryParameter parameter, @Nullable String type, @Nullable List<String> given) {
    if (given == null) {
      return null;
    }
    if (given.isEmpty()) {
      throw new QueryParameterException(parameter, type, "give at least one value, or leave the filter out");
    }
    if (given.size() > MAX_VALUES) {
      throw new QueryParameterException(parameter, type, "at most " + MAX_VALUES + " values, not " + given.size());
    }
    List<String> values = given.stream().map(String::strip).toList();
    if (values.contains("")) {
      throw new QueryParameterException(parameter, type, "a value is blank; give each value, or leave the filter out");
    }
    return values;
  }
}
