package org.eventfacts.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.html.HtmlEscapers;

/**
 * The page for one document as a single HTML file: the style sheet, the script, the text and its
 * facts all inside, nothing loaded from anywhere, so that it can be attached to a report and opened
 * offline. The script draws the same view as the served page, from the data it finds inlined.
 *
 * <pre>{@code
 * ObjectNode facts = new FactsJson(mapper).write(extractor.extract(document));
 * Files.writeString(out, StandalonePage.render(mapper, document.text(), facts));
 * }</pre>
 */
public final class StandalonePage {

  private static final String STYLE_LINK = "<link rel=\"stylesheet\" href=\"page.css\">";
  private static final String SCRIPT_LINK = "<script src=\"page.js\" defer></script>";
  private static final String DATA_MARK = "<!--eventfacts-data-->";

  private StandalonePage() {}

  /** The page for {@code text} and its facts, as the JSON contract writes them. */
  public static String render(ObjectMapper mapper, String text, JsonNode facts) {
    ObjectNode data = mapper.createObjectNode();
    data.put("text", text);
    data.set("facts", facts);
    String json;
    try {
      json = mapper.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the page's data", e);
    }
    // Inside <script>, "</script" or "<!--" would end or confuse the element: JSON allows "<" to
    // be escaped anywhere it occurs, which is only ever inside strings.
    String safe = json.replace("<", "\\u003c");
    String title = facts.path("id").asText("");
    String html = PageFiles.html();
    require(html, STYLE_LINK);
    require(html, SCRIPT_LINK);
    require(html, DATA_MARK);
    return html.replace("<title>eventfacts</title>",
            "<title>eventfacts: " + HtmlEscapers.htmlEscaper().escape(title) + "</title>")
        .replace(STYLE_LINK, "<style>\n" + PageFiles.css() + "</style>")
        .replace(
            DATA_MARK,
            "<script type=\"application/json\" id=\"eventfacts-data\">" + safe + "</script>")
        .replace(SCRIPT_LINK, "<script>\n" + PageFiles.js() + "</script>");
  }

  private static void require(String html, String part) {
    if (!html.contains(part)) {
      throw new IllegalStateException("the page template lacks " + part);
    }
  }
}
