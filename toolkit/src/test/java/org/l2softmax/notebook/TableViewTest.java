package org.l2softmax.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableViewTest {

  private static Table summary() {
    return Table.create(
        "summary",
        StringColumn.create("run", "softmax", "alpha=16", "<script>"),
        DoubleColumn.create("accuracy", 0.971234, 0.98, Double.NaN),
        IntColumn.create("iterations", 469, 469, 12));
  }

  @Test
  void rendersAnHtmlTableNamedForTheRunner() {
    HtmlView view = Notebook.table(summary());

    assertThat(view.kind()).isEqualTo("table");
    assertThat(view.name()).isEqualTo("summary");
    assertThat(view.html())
        .startsWith("<div class=\"l2softmax-table\" data-l2softmax-table=\"summary\">")
        .contains("<caption>summary (3 rows x 3 columns)</caption>")
        .contains("<th>run</th><th>accuracy</th><th>iterations</th>")
        .contains("<td>softmax</td><td align=\"right\">0.9712</td><td align=\"right\">469</td>");
  }

  @Test
  void escapesCellsAndLeavesMissingValuesEmpty() {
    String html = Notebook.table(summary()).html();

    assertThat(html).contains("<td>&lt;script&gt;</td><td align=\"right\"></td>");
    assertThat(html).doesNotContain("<script>").doesNotContain("NaN");
  }

  @Test
  void escapesTheTableName() {
    Table table = summary().setName("a \"quoted\" <name>");

    assertThat(Notebook.table(table).html())
        .contains("data-l2softmax-table=\"a &quot;quoted&quot; &lt;name&gt;\"");
  }

  @Test
  void givesAnAlignedTextFormWithTheSameNumbers() {
    String text = Notebook.table(summary()).text();

    assertThat(text).isEqualTo(
        "summary (3 rows x 3 columns)\n"
            + "run       accuracy  iterations\n"
            + "softmax     0.9712         469\n"
            + "alpha=16      0.98         469\n"
            + "<script>                    12\n");
    assertThat(Notebook.table(summary()).toString()).isEqualTo(text);
  }

  @Test
  void showsTheFirstAndLastRowsOfALongTable() {
    Table history = Table.create(
        "history", IntColumn.create("iteration", IntStream.rangeClosed(1, 500).toArray()));

    HtmlView view = Notebook.table(history, 4);

    assertThat(view.html())
        .contains("<td align=\"right\">1</td>").contains("<td align=\"right\">2</td>")
        .contains("<td colspan=\"1\">... 496 rows not shown ...</td>")
        .contains("<td align=\"right\">499</td>").contains("<td align=\"right\">500</td>")
        .doesNotContain("<td align=\"right\">3</td>");
    assertThat(view.text().lines()).containsExactly(
        "history (500 rows x 1 column)", "iteration", "        1", "        2",
        "... 496 rows not shown ...", "      499", "      500");
  }

  @Test
  void choosesTheShownRowsAroundTheGap() {
    assertThat(TableRendering.shownRows(3, 5)).containsExactly(0, 1, 2);
    assertThat(TableRendering.shownRows(10, 5)).containsExactly(0, 1, 2, -1, 8, 9);
    assertThat(TableRendering.shownRows(10, 1)).containsExactly(0, -1);
  }

  @Test
  void keepsALongHistorySmall() {
    Table history = Table.create("history",
        IntColumn.create("iteration", IntStream.rangeClosed(1, 20_000).toArray()),
        DoubleColumn.create("loss", IntStream.rangeClosed(1, 20_000).mapToDouble(i -> 1.0 / i)));

    assertThat(Notebook.table(history).html().length()).isLessThan(5_000);
  }

  @Test
  void rendersAnEmptyTable() {
    Table empty = Table.create("empty", DoubleColumn.create("x"));

    assertThat(Notebook.table(empty).html()).contains("<caption>empty (0 rows x 1 column)");
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Notebook.table(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table must not be null");
    assertThatThrownBy(() -> Notebook.table(summary(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRows must be >= 1")
        .hasMessageContaining("got 0");
  }
}
