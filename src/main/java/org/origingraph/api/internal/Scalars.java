package org.origingraph.api.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code DateTime} (RFC 3339 with offset) and {@code Date} (ISO 8601 calendar date) scalars.
 *
 * <p>Times keep the offset they were recorded with: a harvest in Bến Tre at 07:30+07:00 reads as
 * such, which is what a person auditing a chain expects; clients convert if they want to.
 */
@Configuration(proxyBeanMethods = false)
class Scalars {

  @Bean
  RuntimeWiringConfigurer scalarWiring() {
    return wiring -> wiring
        .scalar(scalar("DateTime", OffsetDateTime.class, OffsetDateTime::parse, DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            "an RFC 3339 date-time with offset, e.g. 2026-03-02T07:30:00+07:00"))
        .scalar(scalar("Date", LocalDate.class, LocalDate::parse, DateTimeFormatter.ISO_LOCAL_DATE,
            "an ISO 8601 date, e.g. 2027-03-02"));
  }

  private static <T extends TemporalAccessor> GraphQLScalarType scalar(
      String name, Class<T> type, Function<String, T> parser, DateTimeFormatter format, String expected) {
    return GraphQLScalarType.newScalar()
        .name(name)
        .coercing(new Coercing<T, String>() {
          @Override
          public String serialize(Object value, GraphQLContext context, Locale locale) {
            // RFC 3339 requires seconds; OffsetDateTime.toString() drops them when zero.
            if (type.isInstance(value)) {
              return format.format(type.cast(value));
            }
            throw new CoercingSerializeException(name + " cannot serialize " + value.getClass().getSimpleName());
          }

          @Override
          public T parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
              try {
                return parser.apply(text);
              } catch (DateTimeParseException e) {
                // fall through
              }
            }
            throw new CoercingParseValueException(name + " must be " + expected);
          }

          @Override
          public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue text) {
              try {
                return parser.apply(text.getValue());
              } catch (DateTimeParseException e) {
                // fall through
              }
            }
            throw new CoercingParseLiteralException(name + " must be " + expected);
          }
        })
        .build();
  }
}
