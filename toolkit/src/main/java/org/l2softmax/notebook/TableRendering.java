package org.l2softmax.notebook;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Draws a Tablesaw table as an HTML table and as aligned text, with readable numbers.
 *
 * <p>Long tables show their first and last rows around a line that says how many were left out,
 * so a history of thousands of iterations stays a few kilobytes in a saved notebook.
 */
final class TableRendering {

  private TableRendering() {}

  static HtmlView view(Table table, int maxRows) {
    if (table == null) {
      throw new IllegalArgumentException("table must not be null");
    }
    if (maxRows < 1) {
      throw new IllegalArgumentException(
          "maxRows must be >= 1 (rows shown before the rest are left out), got " + maxRows);
    }
    String name = table.name() == null ? "" : table.name();
    List<Integer> rows = shownRows(table.rowCount(), maxRows);
    List<List<String>> cells = cells(table, rows);
    String caption = caption(name, table);
    return HtmlView.of(
        "table",
        name,
        html(name, caption, table, rows, cells),
        text(caption, table, rows, cells));
  }

  /** Row indices shown, with -1 where rows are left out: all, or the first and last halves. */
  static List<Integer> shownRows(int rowCount, int maxRows) {
    List<Integer> rows = new ArrayList<>();
    if (rowCount <= maxRows) {
      for (int row = 0; row < rowCount; row++) {
        rows.add(row);
      }
      return rows;
    }
    int head = (maxRows + 1) / 2;
    int tail = maxRows - head;
    for (int row = 0; row < head; row++) {
      rows.add(row);
    }
    rows.add(-1);
    for (int row = rowCount - tail; row < rowCount; row++) {
      rows.add(row);
    }
    return rows;
  }

  private static String caption(String name, Table table) {
    String size =
        table.rowCount() + (table.rowCount() == 1 ? " row" : " rows") + " x "
            + table.columnCount() + (table.columnCount() == 1 ? " column" : " columns");
    return name.isBlank() ? size : name + " (" + size + ")";
  }

  private static List<List<String>> cells(Table table, List<Integer> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (int row : rows) {
      List<String> line = new ArrayList<>();
      for (Column<?> column : table.columns()) {
        line.add(row < 0 ? "" : cell(column, row));
      }
      cells.add(line);
    }
    return cells;
  }

  private static String cell(Column<?> column, int row) {
    if (column.isMissing(row)) {
      return "";
    }
    if (isFractional(column)) {
      return Markup.number(((Number) column.get(row)).doubleValue());
    }
    return column.getString(row);
  }

  // By column class, not ColumnType identity: Tablesaw 0.44 can hold two distinct DOUBLE type
  // objects depending on class-loading order, so `type == ColumnType.DOUBLE` may be false.
  private static boolean isFractional(Column<?> column) {
    return column instanceof DoubleColumn || column instanceof FloatColumn;
  }

  private static boolean isNumeric(Column<?> column) {
    return column instanceof NumberColumn<?, ?>;
  }

  private static String html(
      String name, String caption, Table table, List<Integer> rows, List<List<String>> cells) {
    StringBuilder out = new StringBuilder();
    out.append("<div class=\"l2softmax-table\" data-l2softmax-table=\"")
        .append(Markup.escape(name)).append("\">\n<table>\n<caption>")
        .append(Markup.escape(caption)).append("</caption>\n<thead><tr>");
    for (Column<?> column : table.columns()) {
      out.append("<th>").append(Markup.escape(column.name())).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) < 0) {
        out.append("<tr><td colspan=\"").append(table.columnCount()).append("\">... ")
            .append(leftOut(table, rows)).append(" ...</td></tr>\n");
        continue;
      }
      out.append("<tr>");
      for (int c = 0; c < table.columnCount(); c++) {
        String align = isNumeric(table.column(c)) ? " align=\"right\"" : "";
        out.append("<td").append(align).append('>')
            .append(Markup.escape(cells.get(i).get(c))).append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table>\n</div>\n").toString();
  }

  private static String text(
      String caption, Table table, List<Integer> rows, List<List<String>> cells) {
    int columns = table.columnCount();
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = table.column(c).name().length();
      for (List<String> line : cells) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder(caption).append('\n');
    List<String> header = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      header.add(column.name());
    }
    appendLine(out, header, widths, table, false);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) < 0) {
        out.append("... ").append(leftOut(table, rows)).append(" ...\n");
      } else {
        appendLine(out, cells.get(i), widths, table, true);
      }
    }
    return out.toString();
  }

  private static void appendLine(
      StringBuilder out, List<String> line, int[] widths, Table table, boolean alignNumbers) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < line.size(); c++) {
      if (c > 0) {
        text.append("  ");
      }
      String cell = line.get(c);
      String padding = " ".repeat(widths[c] - cell.length());
      boolean right = alignNumbers && isNumeric(table.column(c));
      text.append(right ? padding + cell : cell + padding);
    }
    out.append(text.toString().stripTrailing()).append('\n');
  }

  private static String leftOut(Table table, List<Integer> rows) {
    int hidden = table.rowCount() - (rows.size() - 1);
    return hidden + (hidden == 1 ? " row" : " rows") + " not shown";
  }
}
