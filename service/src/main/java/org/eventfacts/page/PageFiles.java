package org.eventfacts.page;

import com.google.common.base.Suppliers;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The page's three files, read once from the jar: no CDN, no font or script from elsewhere, so
 * that the page works offline.
 *
 * <pre>{@code
 * String html = PageFiles.html();   // links page.css and page.js
 * }</pre>
 */
public final class PageFiles {

  private static final Supplier<String> HTML = Suppliers.memoize(() -> read("index.html"));
  private static final Supplier<String> CSS = Suppliers.memoize(() -> read("page.css"));
  private static final Supplier<String> JS = Suppliers.memoize(() -> read("page.js"));

  private PageFiles() {}

  /** The page, which links {@code page.css} and {@code page.js} beside it. */
  public static String html() {
    return HTML.get();
  }

  /** The page's style sheet. */
  public static String css() {
    return CSS.get();
  }

  /** The page's script. */
  public static String js() {
    return JS.get();
  }

  static String read(String name) {
    try {
      return Resources.toString(Resources.getResource(PageFiles.class, name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page's " + name, e);
    }
  }
}
