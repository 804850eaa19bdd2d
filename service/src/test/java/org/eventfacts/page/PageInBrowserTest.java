package org.eventfacts.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventfacts.service.FactServer;
import org.eventfacts.service.RealExtractors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page as a person uses it, in headless Chromium driven through WebDriver: paste an article,
 * extract, and find every fact highlighted exactly over its span, its details on a click, an
 * actor's mentions linked on hover. Uses Debian's {@code chromium} and {@code chromium-driver}
 * (nothing is downloaded); skipped where they are not installed. Screenshots go to {@code
 * target/screenshots/}.
 */
class PageInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration EXTRACTION = Duration.ofMinutes(2);

  private static FactServer server;
  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
    server = FactServer.builder(RealExtractors.shared()).port(0).start();
    profile = Files.createTempDirectory("eventfacts-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--user-data-dir=" + profile,
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @BeforeEach
  void desktopWindow() {
    browser.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  void highlightsEveryFactOfAPastedArticleOverItsSpanAndShowsItsDetailsOnAClick()
      throws Exception {
    String article = Samples.byId("sample-port-clashes").orElseThrow().text();
    browser.get(server.uri().toString());
    WebElement textarea = browser.findElement(By.id("text"));

    textarea.sendKeys(article);
    // A date input types by locale; its value is ISO whatever the locale.
    script("document.getElementById('published').value = '2024-03-14'");
    browser.findElement(By.id("extract")).click();
    awaitFacts();

    String pasted = (String) script("return document.getElementById('text').value");
    assertThat(pasted).isEqualTo(article);
    JsonNode facts = extractOverHttp(pasted, "", "2024-03-14");
    assertThat(script("return document.getElementById('article').textContent")).isEqualTo(pasted);
    assertThat(highlighted()).isEqualTo(expectedSpans(facts));
    assertThat(highlighted()).hasSizeGreaterThan(10);
    assertActorMentionsUnderlined(facts);

    int index = casualtyInnermostAtItsStart(facts);
    JsonNode casualty = facts.path("casualties").get(index);
    firstSegmentOf("casualty-" + (index + 1)).click();

    assertThat(detail("count")).isEqualTo(casualty.path("count").path("text").asText());
    assertThat(detail("qualifier"))
        .isEqualTo(casualty.path("count").path("qualifier").asText().toLowerCase(Locale.ROOT).replace('_', ' '));
    assertThat(detail("range")).isEqualTo(range(casualty.path("count")));
    assertThat(detail("hedged")).isEqualTo(casualty.path("hedged").asBoolean() ? "yes" : "no");
    assertThat(detail("outcome"))
        .isEqualTo(casualty.path("outcome").asText().toLowerCase(Locale.ROOT));
    if (!casualty.path("victims").isNull()) {
      assertThat(detail("victims")).isEqualTo(casualty.path("victims").asText());
    }
    if (!casualty.path("source").isNull()) {
      assertThat(detail("source")).isEqualTo(casualty.path("source").asText());
    }
    JsonNode event = eventOf(facts, casualty);
    if (event != null && !event.path("date").isNull()) {
      assertThat(detail("date")).startsWith(event.path("date").path("value").asText());
    }
    int start = casualty.path("span").path("start").asInt();
    int end = casualty.path("span").path("end").asInt();
    assertThat(browser.findElement(By.cssSelector("#details-body .evidence")).getText())
        .isEqualToIgnoringWhitespace(pasted.substring(start, end));
    assertThat(browser.findElements(By.cssSelector("#article .selected")))
        .isNotEmpty()
        .allSatisfy(seg -> assertThat(seg.getAttribute("data-facts")).contains("casualty-" + (index + 1)));
    screenshot("page-desktop.png");

    // The same page on a phone: one column, the details slide up from the bottom.
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.findElement(By.id("close-details")).click();
    browser.findElement(By.cssSelector("#lists [data-key='quote-1']")).click();
    boolean reported = facts.path("quotes").get(0).path("kind").asText().equals("INDIRECT");
    assertThat(browser.findElement(By.cssSelector("#details-body .kind")).getText())
        .startsWith(reported ? "Reported speech" : "Quote");
    assertThat(detail("speaker")).isEqualTo(facts.path("quotes").get(0).path("speaker").asText("not found"));
    WebElement quoted = firstSegmentOf("quote-1");
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> (Boolean) script(
            "var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight / 2;", quoted));
    screenshot("page-phone.png");
  }

  @Test
  void linksEveryMentionOfAnActorWhenOneIsHovered() throws Exception {
    JsonNode facts = pickSample("capital-protests");
    JsonNode actor = null;
    for (JsonNode candidate : facts.path("actors")) {
      if (candidate.path("mentions").size() >= 2) {
        actor = candidate;
        break;
      }
    }
    assertThat(actor).as("an actor mentioned twice").isNotNull();
    String id = actor.path("id").asText();
    List<WebElement> mentions =
        browser.findElements(By.cssSelector("#article [data-actors~='" + id + "']"));

    new Actions(browser).moveToElement(mentions.get(mentions.size() - 1)).perform();

    List<WebElement> linked = browser.findElements(By.cssSelector("#article .seg.linked"));
    assertThat(linked).hasSameSizeAs(mentions);
    new Actions(browser).moveToElement(browser.findElement(By.cssSelector("h1"))).perform();
    assertThat(browser.findElements(By.cssSelector("#article .seg.linked"))).isEmpty();
  }

  @Test
  void scrollsToTheEvidenceOfAFactChosenInTheSideList() throws Exception {
    JsonNode facts = pickSample("courthouse-plot");
    int last = facts.path("arrests").size();
    assertThat(last).isPositive();

    browser.findElement(By.cssSelector("#lists [data-key='arrest-" + last + "']")).click();

    assertThat(browser.findElement(By.cssSelector("#details-body .kind")).getText()).startsWith("Arrest");
    WebElement evidence = firstSegmentOf("arrest-" + last);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> (Boolean) script(
            "var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", evidence));
    assertThat(evidence.getAttribute("class")).contains("selected");
  }

  @Test
  void showsTheSameHighlightsInAFileRenderedForOneDocument(@org.junit.jupiter.api.io.TempDir Path directory)
      throws Exception {
    Sample sample = Samples.byId("harbour-fire").orElseThrow();
    JsonNode facts = extractOverHttp(sample.text());
    Path file = directory.resolve("harbour-fire.html");
    Files.writeString(file, StandalonePage.render(MAPPER, sample.text(), facts), StandardCharsets.UTF_8);

    browser.get(file.toUri().toString());
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#article .seg")).isEmpty());

    assertThat(browser.findElement(By.id("input")).isDisplayed()).isFalse();
    assertThat(highlighted()).isEqualTo(expectedSpans(facts));
    screenshot("page-standalone.png");
  }

  private JsonNode pickSample(String id) throws Exception {
    browser.get(server.uri().toString());
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#sample option")).size() > 1);
    new Select(browser.findElement(By.id("sample"))).selectByValue(id);
    awaitFacts();
    return extractOverHttp(Samples.byId(id).orElseThrow().text(), id, null);
  }

  private void awaitFacts() {
    new WebDriverWait(browser, EXTRACTION)
        .until(d -> d.findElement(By.id("status")).getText().startsWith("Found"));
  }

  private Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(code, arguments);
  }

  private WebElement firstSegmentOf(String key) {
    return browser.findElement(By.cssSelector("#article [data-facts~='" + key + "']"));
  }

  private String detail(String field) {
    return browser.findElement(By.cssSelector("#details-body dd[data-field='" + field + "']")).getText();
  }

  /** Each fact key with the extent of the highlighted pieces that carry it: [start, end, length]. */
  @SuppressWarnings("unchecked")
  private Map<String, List<Long>> highlighted() throws IOException {
    String json =
        (String)
            script(
                "var spans = {};"
                    + "document.querySelectorAll('#article .seg[data-facts]').forEach(function (s) {"
                    + "  var a = +s.dataset.start, b = +s.dataset.end;"
                    + "  s.dataset.facts.split(' ').forEach(function (k) {"
                    + "    var x = spans[k] || (spans[k] = [a, b, 0]);"
                    + "    x[0] = Math.min(x[0], a); x[1] = Math.max(x[1], b); x[2] += b - a;"
                    + "  });"
                    + "});"
                    + "return JSON.stringify(spans);");
    Map<String, List<Long>> spans = new LinkedHashMap<>();
    MAPPER.readValue(json, Map.class)
        .forEach(
            (key, value) -> {
              List<Long> extent = new ArrayList<>();
              for (Object number : (List<Object>) value) {
                extent.add(((Number) number).longValue());
              }
              spans.put((String) key, extent);
            });
    return spans;
  }

  /** What the page must highlight: every fact's span, whole and without gaps. */
  private static Map<String, List<Long>> expectedSpans(JsonNode facts) {
    Map<String, List<Long>> spans = new LinkedHashMap<>();
    put(spans, "casualty", facts.path("casualties"));
    put(spans, "arrest", facts.path("arrests"));
    put(spans, "quote", facts.path("quotes"));
    int number = 0;
    for (JsonNode event : facts.path("events")) {
      number++;
      for (String part : List.of("date", "place")) {
        JsonNode span = event.path(part).path("span");
        if (span.has("start") && span.path("end").asLong() > span.path("start").asLong()) {
          long start = span.path("start").asLong();
          long end = span.path("end").asLong();
          spans.put(part + "-" + number, List.of(start, end, end - start));
        }
      }
    }
    return spans;
  }

  private static void put(Map<String, List<Long>> spans, String type, JsonNode facts) {
    int number = 0;
    for (JsonNode fact : facts) {
      number++;
      long start = fact.path("span").path("start").asLong();
      long end = fact.path("span").path("end").asLong();
      spans.put(type + "-" + number, List.of(start, end, end - start));
    }
  }

  private void assertActorMentionsUnderlined(JsonNode facts) {
    for (JsonNode actor : facts.path("actors")) {
      long expected = 0;
      for (JsonNode mention : actor.path("mentions")) {
        expected += mention.path("end").asLong() - mention.path("start").asLong();
      }
      Number covered =
          (Number)
              script(
                  "var n = 0; document.querySelectorAll(\"#article [data-actors~='\" + arguments[0]"
                      + " + \"']\").forEach(function (s) { n += s.dataset.end - s.dataset.start; });"
                      + " return n;",
                  actor.path("id").asText());
      assertThat(covered.longValue()).as(actor.path("name").asText()).isEqualTo(expected);
    }
  }

  /**
   * A casualty that a click on its first highlighted piece selects: no other casualty, arrest,
   * date or place as short or shorter covers that piece (quotes give way to them).
   */
  private int casualtyInnermostAtItsStart(JsonNode facts) {
    Map<String, List<Long>> spans = expectedSpans(facts);
    for (int i = 0; i < facts.path("casualties").size(); i++) {
      String key = "casualty-" + (i + 1);
      String[] here = firstSegmentOf(key).getAttribute("data-facts").split(" ");
      long own = spans.get(key).get(2);
      boolean innermost = true;
      for (String other : here) {
        boolean quote = other.startsWith("quote-");
        boolean before = other.startsWith("date-") || other.startsWith("place-");
        if (!other.equals(key) && !quote && (before || spans.get(other).get(2) <= own)) {
          innermost = false;
        }
      }
      if (innermost) {
        return i;
      }
    }
    throw new AssertionError("no casualty is the innermost fact at its start");
  }

  private static JsonNode eventOf(JsonNode facts, JsonNode fact) {
    for (JsonNode event : facts.path("events")) {
      if (event.path("id").asText().equals(fact.path("eventId").asText(null))) {
        return event;
      }
    }
    return null;
  }

  private static String range(JsonNode count) {
    String min = count.path("min").isNull() ? "open" : count.path("min").asText();
    String max = count.path("max").isNull() ? "open" : count.path("max").asText();
    return min.equals(max) ? min : min + " to " + max;
  }

  private JsonNode extractOverHttp(String text) throws Exception {
    return extractOverHttp(text, "", null);
  }

  private JsonNode extractOverHttp(String text, String id, String published) throws Exception {
    String body =
        MAPPER.writeValueAsString(
            MAPPER.createObjectNode().put("id", id).put("text", text).put("published", published));
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri().resolve("v1/extract"))
                    .timeout(EXTRACTION)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).isEqualTo(200);
    return MAPPER.readTree(answer.body());
  }

  private void screenshot(String name) throws IOException {
    Path directory = Path.of("target", "screenshots");
    Files.createDirectories(directory);
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(directory.resolve(name), png);
  }
}
