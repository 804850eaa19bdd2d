package org.eventfacts.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class StandalonePageTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ObjectNode facts(String id) {
    ObjectNode facts = MAPPER.createObjectNode().put("id", id);
    facts.putArray("casualties");
    facts.putArray("arrests");
    facts.putArray("quotes");
    facts.putArray("actors");
    return facts;
  }

  @Test
  void inlinesTheStyleTheScriptAndTheData() {
    String html = StandalonePage.render(MAPPER, "Nothing happened.", facts("memo"));

    assertThat(html).contains("<style>", "<script>", "id=\"eventfacts-data\"", "Nothing happened.");
    assertThat(html).doesNotContain("href=\"page.css\"", "src=\"page.js\"", "<!--eventfacts-data-->");
  }

  @Test
  void keepsMarkupInTheTextFromEndingTheDataScript() {
    String html =
        StandalonePage.render(MAPPER, "a </script><img src=x onerror=alert(1)> <!-- b", facts("x"));

    assertThat(html).doesNotContain("</script><img", "<!-- b");
    assertThat(html).contains("\\u003c/script>\\u003cimg src=x onerror=alert(1)> \\u003c!-- b");
  }

  @Test
  void titlesThePageWithTheDocumentIdEscaped() {
    String html = StandalonePage.render(MAPPER, "text", facts("<b>memo</b>"));

    assertThat(html).contains("<title>eventfacts: &lt;b&gt;memo&lt;/b&gt;</title>");
  }
}
