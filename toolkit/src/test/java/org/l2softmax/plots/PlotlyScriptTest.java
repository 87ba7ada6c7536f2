package org.l2softmax.plots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlotlyScriptTest {

  @Test
  void readsTheShippedVersion() {
    assertThat(PlotlyScript.source()).startsWith("/**\n* plotly.js v" + PlotlyScript.VERSION);
  }

  @Test
  void readsTheResourceOnce() {
    assertThat(PlotlyScript.source()).isSameAs(PlotlyScript.source());
  }

  @Test
  void holdsNoScriptEndTag() {
    assertThat(PlotlyScript.source()).doesNotContainIgnoringCase("</script");
  }

  @Test
  void shipsTheLicence() {
    assertThat(PlotlyScript.class.getResource("plotly-LICENSE.txt")).isNotNull();
  }

  @Test
  void notebookTagHidesTheAmdLoaderWhilePlotlyLoads() {
    String tag = PlotlyScript.notebookTag();

    int hide = tag.indexOf("window.define = undefined");
    int plotly = tag.indexOf("plotly.js v" + PlotlyScript.VERSION);
    int restore = tag.indexOf("window.define = window.l2softmaxSavedDefine");
    assertThat(hide).isNotNegative().isLessThan(plotly);
    assertThat(restore).isGreaterThan(plotly);
  }
}
