package org.origingraph.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** RFC 8785 canonical JSON, against the RFC's own examples. */
class JcsTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** RFC 8785 section 3.2.3's example, input and output as printed there. */
  @Test
  void canonicalisesTheRfcsExample() {
    String input = """
        {
          "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
          "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
          "literals": [null, true, false]
        }""";
    assertThat(Jcs.text(JSON.readTree(input))).isEqualTo(
        "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
            + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
  }

  /** RFC 8785 section 3.2.3's sorting example: member names ordered by UTF-16 code units. */
  @Test
  void sortsMemberNamesByUtf16CodeUnits() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("\u20ac", "Euro Sign");
    members.put("\r", "Carriage Return");
    members.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
    members.put("1", "One");
    members.put("\ud83d\ude00", "Emoji: Grinning Face");
    members.put("\u0080", "Control");
    members.put("\u00f6", "Latin Small Letter O With Diaeresis");
    assertThat(Jcs.text(members)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
        + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\","
        + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
  }

  /** RFC 8785 appendix B: IEEE-754 bit patterns and the ECMAScript text of each. */
  @ParameterizedTest
  @CsvSource({
      "0000000000000000, 0",
      "8000000000000000, 0",
      "0000000000000001, 5e-324",
      "8000000000000001, -5e-324",
      "7fefffffffffffff, 1.7976931348623157e+308",
      "ffefffffffffffff, -1.7976931348623157e+308",
      "4340000000000000, 9007199254740992",
      "c340000000000000, -9007199254740992",
      "4430000000000000, 295147905179352830000",
      "44b52d02c7e14af5, 9.999999999999997e+22",
      "44b52d02c7e14af6, 1e+23",
      "44b52d02c7e14af7, 1.0000000000000001e+23",
      "444b1ae4d6e2ef4e, 999999999999999700000",
      "444b1ae4d6e2ef4f, 999999999999999900000",
      "444b1ae4d6e2ef50, 1e+21",
      "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
      "3eb0c6f7a0b5ed8d, 0.000001",
      "41b3de4355555553, 333333333.3333332",
      "41b3de4355555554, 333333333.33333325",
      "41b3de4355555555, 333333333.3333333",
      "41b3de4355555556, 333333333.3333334",
      "41b3de4355555557, 333333333.33333343",
      "becbf647612f3696, -0.0000033333333333333333",
      "43143ff3c1cb0959, 1424953923781206.2"})
  void writesNumbersAsEcmaScriptDoes(String bits, String expected) {
    assertThat(Jcs.number(Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16)))).isEqualTo(expected);
  }

  @Test
  void javaValuesAndJacksonTreesOfTheSameJsonAgree() {
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("b", List.of(1, 2.5, "x"));
    plain.put("a", null);
    plain.put("c", Map.of("z", true, "y", 10L));
    assertThat(Jcs.text(plain)).isEqualTo(Jcs.text(JSON.readTree("{\"c\":{\"y\":10.0,\"z\":true},\"b\":[1,2.50,\"x\"],\"a\":null}")))
        .isEqualTo("{\"a\":null,\"b\":[1,2.5,\"x\"],\"c\":{\"y\":10,\"z\":true}}");
  }
}
