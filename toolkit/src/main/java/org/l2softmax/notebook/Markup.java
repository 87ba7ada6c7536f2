package org.l2softmax.notebook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.l2softmax.plots.HtmlText;

/** Escaping and number formatting shared by the table and figure views. */
final class Markup {

  /** Significant digits shown for a fractional number: enough to read 97.12 % or 4.277. */
  static final int SIGNIFICANT_DIGITS = 4;

  private Markup() {}

  /** Escapes text for HTML element content and for quoted attribute values. */
  static String escape(String text) {
    return HtmlText.escape(text);
  }

  /**
   * A number as a reader wants it in a table: whole numbers without decimals, others with {@value
   * #SIGNIFICANT_DIGITS} significant digits (from 10 000 to a million rounded to a whole number),
   * very large or small ones in scientific notation, and a missing value (NaN) as an empty cell.
   */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    double magnitude = Math.abs(value);
    if (value == Math.rint(value) && magnitude < 1e15) {
      return String.valueOf((long) value);
    }
    if (magnitude >= 1e4 && magnitude < 1e6) {
      return String.valueOf(Math.round(value));
    }
    if (magnitude >= 1e-3 && magnitude < 1e4) {
      BigDecimal rounded =
          new BigDecimal(value).round(new MathContext(SIGNIFICANT_DIGITS)).stripTrailingZeros();
      return rounded.toPlainString();
    }
    return String.format(Locale.ROOT, "%." + (SIGNIFICANT_DIGITS - 1) + "e", value);
  }
}
