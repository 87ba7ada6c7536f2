package org.l2softmax.plots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.l2softmax.results.HistoryColumns;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The runs of a history table: checks the columns a plot needs, then splits the rows by run.
 *
 * <p>Runs keep the order in which they first appear in the table; the rows of a run are sorted by
 * iteration so that lines never double back.
 */
final class HistoryRuns {

  private HistoryRuns() {}

  /**
   * Checks that {@code history} has rows, a run column and the given numeric columns.
   *
   * @param history the history table
   * @param purpose what the columns are needed for, used in error messages ("accuracy plot")
   * @param numericColumns columns that must exist and be numeric
   * @throws IllegalArgumentException naming the missing or mistyped column and the columns the
   *     table has, or saying that the table is empty
   */
  static void check(Table history, String purpose, String... numericColumns) {
    if (history == null) {
      throw new IllegalArgumentException("the " + purpose + " needs a history table, got null");
    }
    requireColumn(history, purpose, HistoryColumns.RUN);
    for (String name : numericColumns) {
      requireColumn(history, purpose, name);
      Column<?> column = history.column(name);
      if (!(column instanceof NumericColumn)) {
        throw new IllegalArgumentException(
            String.format(
                "the %s needs column '%s' of history table '%s' to be numeric, but it is %s",
                purpose, name, history.name(), column.type().name()));
      }
    }
    if (history.rowCount() == 0) {
      throw new IllegalArgumentException(
          String.format(
              "the %s needs at least one row, but history table '%s' is empty (columns %s)",
              purpose, history.name(), history.columnNames()));
    }
  }

  private static void requireColumn(Table history, String purpose, String name) {
    if (!history.containsColumn(name)) {
      throw new IllegalArgumentException(
          String.format(
              "the %s needs column '%s', but history table '%s' has only the columns %s",
              purpose, name, history.name(), history.columnNames()));
    }
  }

  /**
   * Splits a checked history table by run.
   *
   * @param history a table that passed {@link #check}, with a numeric iteration and alpha column
   * @return the runs in order of first appearance
   */
  static List<RunRows> split(Table history) {
    Column<?> runColumn = history.column(HistoryColumns.RUN);
    NumericColumn<?> iteration = history.numberColumn(HistoryColumns.ITERATION);
    NumericColumn<?> alpha = history.numberColumn(HistoryColumns.ALPHA);

    Map<String, List<Integer>> rowsByRun = new LinkedHashMap<>();
    for (int row = 0; row < history.rowCount(); row++) {
      rowsByRun.computeIfAbsent(runColumn.getString(row), run -> new ArrayList<>()).add(row);
    }

    List<RunRows> runs = new ArrayList<>(rowsByRun.size());
    for (Map.Entry<String, List<Integer>> entry : rowsByRun.entrySet()) {
      int[] rows =
          entry.getValue().stream()
              .sorted(Comparator.comparingDouble(iteration::getDouble))
              .mapToInt(Integer::intValue)
              .toArray();
      boolean plainSoftmax = IntStream.of(rows).allMatch(row -> alpha.getDouble(row) == 0.0);
      runs.add(new RunRows(entry.getKey(), rows, plainSoftmax));
    }
    return runs;
  }

  /**
   * The rows of one run.
   *
   * @param run the run label
   * @param rows row indices into the history table, sorted by iteration
   * @param plainSoftmax whether alpha is 0 in every row of the run
   */
  record RunRows(String run, int[] rows, boolean plainSoftmax) {}
}
