package org.eventfacts;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import org.eventfacts.fact.DocumentFacts;

/**
 * The front door: facts from English news text in one call.
 *
 * <pre>{@code
 * // JShell, a script, a notebook:
 * DocumentFacts facts = EventFacts.extract("Two people were killed and 14 injured, police said.");
 * facts.casualties().get(0).count().value()   // 2
 *
 * // A dated, placed event: relative dates resolve against the publication date.
 * Event main = EventFacts.extract(new Document("report-17",
 *         "AURORA, Ill. (AP) — Two men were killed and three people were wounded in a shooting"
 *             + " on Friday night, police said.",
 *         LocalDate.of(2024, 3, 10), null))
 *     .events().get(0);
 * main.date().value()               // "2024-03-08"
 * main.place().name()               // "Aurora" (region "Illinois", countryCode "US")
 * main.killed().count().value()     // 2
 * main.injured().count().value()    // 3
 *
 * // A service: build once, share across threads.
 * FactExtractor extractor = EventFacts.builder().facts(FactType.CASUALTY, FactType.ARREST).build();
 * }</pre>
 *
 * <p>The static {@link #extract(String)} uses a default extractor, built on first use and shared
 * by the whole JVM; the first call loads the CoreNLP models (tens of seconds).
 */
public final class EventFacts {

  private static final Supplier<FactExtractor> DEFAULT =
      Suppliers.memoize(() -> FactExtractor.builder().build());

  private EventFacts() {}

  /** Every fact of {@code text}, read by the shared default extractor. */
  public static DocumentFacts extract(String text) {
    return DEFAULT.get().extract(text);
  }

  /**
   * Every fact and event of {@code document}, read by the shared default extractor; its {@code
   * published} date resolves the text's relative dates.
   */
  public static DocumentFacts extract(Document document) {
    return DEFAULT.get().extract(document);
  }

  /** A builder for an extractor of one's own: which facts, how many threads, a cache. */
  public static FactExtractor.Builder builder() {
    return FactExtractor.builder();
  }
}
