package org.origingraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A forward page of a Relay connection, read from the {@code first} and {@code after} arguments.
 *
 * <p>Cursors encode the position in a stable ordering chosen by each list (for example products by
 * GTIN). They are opaque to clients and validated on the way in: a cursor this API did not issue is a
 * {@link BadUserInputException}, not an empty page.
 *
 * @param offset how many items precede the page
 * @param size how many items the page holds at most
 */
public record PageRequest(int offset, int size) {

  /** Page size when {@code first} is omitted. */
  public static final int DEFAULT_SIZE = 20;
  /** Largest {@code first} accepted; bigger pages make a public endpoint easy to abuse. */
  public static final int MAX_SIZE = 100;

  private static final String PREFIX = "offset:";

  /**
   * Reads {@code first} and {@code after}.
   *
   * @throws BadUserInputException if {@code first} is outside 1..{@value #MAX_SIZE} or {@code after}
   *     is not a cursor of this API
   */
  public static PageRequest of(@Nullable Integer first, @Nullable String after) {
    int size = Arguments.inRange("first", first, 1, MAX_SIZE, DEFAULT_SIZE);
    int offset = after == null ? 0 : decode(after) + 1;
    return new PageRequest(offset, size);
  }

  /** The cursor of the item at {@code position} (0-based, over the whole list). */
  public static String cursorAt(int position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        int position = Integer.parseInt(text.substring(PREFIX.length()));
        if (position >= 0 && position < Integer.MAX_VALUE) {
          return position;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below; NumberFormatException is an IllegalArgumentException
    }
    throw new BadUserInputException("after", "after is not a cursor issued by this API");
  }

  /** How many rows to fetch: one more than the page, to learn whether a next page exists. */
  public int limitWithLookahead() {
    return size + 1;
  }
}
