package org.origingraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A Relay connection: one page of a list with cursors and page info.
 *
 * @param edges the items of this page, each with its cursor
 * @param pageInfo where this page sits in the whole list
 * @param totalCount how many items the whole list holds, for "1–20 of 132" displays
 * @param <T> the node type
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

  /**
   * One item and its cursor.
   *
   * @param cursor pass as {@code after} to continue after this item
   * @param node the item
   */
  public record Edge<T>(String cursor, T node) {}

  /**
   * Relay page info.
   *
   * @param hasNextPage whether items follow this page
   * @param hasPreviousPage whether items precede this page
   * @param startCursor the first edge's cursor, {@code null} on an empty page
   * @param endCursor the last edge's cursor, {@code null} on an empty page
   */
  public record PageInfo(
      boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor, @Nullable String endCursor) {}

  /**
   * Builds a page from rows fetched with {@link PageRequest#limitWithLookahead()}: a row beyond
   * the page size means there is a next page and is dropped.
   */
  public static <T> Connection<T> of(List<T> rows, PageRequest page, long totalCount) {
    boolean hasNext = rows.size() > page.size();
    List<T> items = hasNext ? rows.subList(0, page.size()) : rows;
    List<Edge<T>> edges = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      edges.add(new Edge<>(PageRequest.cursorAt(page.offset() + i), items.get(i)));
    }
    String start = edges.isEmpty() ? null : edges.getFirst().cursor();
    String end = edges.isEmpty() ? null : edges.getLast().cursor();
    return new Connection<>(edges, new PageInfo(hasNext, page.offset() > 0, start, end), totalCount);
  }

  /** The same page with each node transformed. */
  public <R> Connection<R> map(Function<T, R> mapper) {
    return new Connection<>(
        edges.stream().map(e -> new Edge<>(e.cursor(), mapper.apply(e.node()))).toList(), pageInfo, totalCount);
  }
}
