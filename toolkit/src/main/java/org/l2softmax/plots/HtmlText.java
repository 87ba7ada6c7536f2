package org.l2softmax.plots;

/** Escaping of text placed in HTML element content or in a quoted attribute value. */
public final class HtmlText {

  private HtmlText() {}

  /** The text with {@code & < > " '} replaced by their HTML character references. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
