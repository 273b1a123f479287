package org.origingraph.integrity.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * RFC 8785 JSON Canonicalization Scheme: the one byte sequence a JSON value has, so that a leaf hashed
 * at capture and the same record re-read months later hash alike, and so that anyone can recompute it
 * with any JCS implementation. Object members are sorted by their names' UTF-16 code units (what
 * {@link String#compareTo} compares), strings escaped minimally, numbers written as ECMAScript writes an
 * IEEE-754 double ({@link #number}).
 *
 * <p>Accepts Jackson trees and plain Java values (maps with string keys, collections, strings, numbers,
 * booleans, {@code null}); temporal values are written as their ISO text. Stateless, thread-safe.
 */
public final class Jcs {

  private Jcs() {}

  /** The canonical UTF-8 bytes of {@code value}. */
  public static byte[] bytes(@Nullable Object value) {
    return text(value).getBytes(StandardCharsets.UTF_8);
  }

  /** The canonical text of {@code value}. */
  public static String text(@Nullable Object value) {
    StringBuilder out = new StringBuilder(256);
    write(value, out);
    return out.toString();
  }

  private static void write(@Nullable Object value, StringBuilder out) {
    switch (value) {
      case null -> out.append("null");
      case JsonNode node -> node(node, out);
      case String s -> string(s, out);
      case Boolean b -> out.append(b);
      case BigDecimal d -> out.append(number(d.doubleValue()));
      case BigInteger i -> out.append(number(i.doubleValue()));
      case Number n -> out.append(number(n.doubleValue()));
      case Map<?, ?> map -> {
        TreeMap<String, @Nullable Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put((String) k, v));
        out.append('{');
        boolean first = true;
        for (var member : sorted.entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          string(member.getKey(), out);
          out.append(':');
          write(member.getValue(), out);
        }
        out.append('}');
      }
      case Collection<?> list -> {
        out.append('[');
        boolean first = true;
        for (Object element : list) {
          if (!first) {
            out.append(',');
          }
          first = false;
          write(element, out);
        }
        out.append(']');
      }
      case Object[] array -> write(List.of(array), out);
      case TemporalAccessor time -> string(time.toString(), out);
      default -> throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }

  private static void node(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> sorted = new TreeMap<>();
      node.properties().forEach(p -> sorted.put(p.getKey(), p.getValue()));
      write(sorted, out);
    } else if (node.isArray()) {
      List<JsonNode> elements = new ArrayList<>();
      node.forEach(elements::add);
      write(elements, out);
    } else if (node.isString()) {
      string(node.asString(), out);
    } else if (node.isNumber()) {
      out.append(number(node.doubleValue()));
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else if (node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + node.getNodeType());
    }
  }

  /** RFC 8785 3.2.2.2: quote, backslash and control characters escaped, nothing else. */
  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * ECMAScript's Number::toString for {@code d} (RFC 8785 3.2.2.3): the shortest digits that read back
   * as {@code d} (what {@link Double#toString} finds since JDK 19), laid out as ECMAScript does: plain
   * for exponents from -7 to 20, else {@code d.ddde±x}. NaN and infinities are not JSON.
   */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("NaN and Infinity are not JSON numbers");
    }
    if (d == 0) {
      return "0";
    }
    String java = Double.toString(Math.abs(d));
    // Java writes "ddd.ddd" or "d.dddE±x"; take the significant digits and the decimal exponent
    int e = java.indexOf('E');
    String mantissa = e < 0 ? java : java.substring(0, e);
    int exponent = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
    int dot = mantissa.indexOf('.');
    String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
    int point = dot + exponent; // digits[0 .. point) is the integer part
    int lead = 0;
    while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
      lead++;
    }
    digits = digits.substring(lead);
    point -= lead;
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    digits = digits.substring(0, end);
    if (digits.length() == 2) {
      // Java writes at least two digits (4.9E-324); ECMAScript the shortest (5e-324), the nearest of them
      BigDecimal exact = new BigDecimal(Math.abs(d));
      BigDecimal best = null;
      for (int digit : new int[] {digits.charAt(0) - '0', digits.charAt(0) - '0' + 1}) {
        BigDecimal candidate = new BigDecimal(digit + "E" + (point - 1));
        if (candidate.doubleValue() == Math.abs(d)
            && (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
          best = candidate;
        }
      }
      if (best != null) {
        String one = best.unscaledValue().toString();
        point = one.length() - best.scale();
        digits = one.replaceAll("0+$", "");
      }
    }
    int k = digits.length();
    int n = point; // value = 0.digits × 10^n, ECMAScript's k and n
    StringBuilder out = new StringBuilder(32);
    if (d < 0) {
      out.append('-');
    }
    if (k <= n && n <= 21) {
      out.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      out.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
    }
    return out.toString();
  }
}
