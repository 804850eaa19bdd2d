package org.eventfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} writes one self-contained HTML file with the text and its facts inside. */
class RenderCommandTest {

  @TempDir Path directory;

  @Test
  void writesOneFileThatLoadsNothingFromElsewhere() throws IOException {
    Path article = directory.resolve("depot-fire.txt");
    Files.writeString(
        article,
        "Depot fire </script><script>alert(1)</script>\n\nFour people were killed in the fire,"
            + " police said.",
        StandardCharsets.UTF_8);
    Path out = directory.resolve("report/depot-fire.html");

    int exit = Main.run("render", "--out", out.toString(), article.toString());

    assertThat(exit).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).contains("id=\"eventfacts-data\"", "\"casualties\":[{", "depot-fire");
    assertThat(html).doesNotContain("src=\"page.js\"", "href=\"page.css\"", "http://", "https://");
    // The article's own markup stays text inside the data, escaped.
    assertThat(html).doesNotContain("<script>alert(1)");
    assertThat(html).contains("\\u003c/script>\\u003cscript>alert(1)");
  }
}
