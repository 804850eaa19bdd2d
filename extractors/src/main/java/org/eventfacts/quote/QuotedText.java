package org.eventfacts.quote;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eventfacts.fact.Span;

/** The quotations of one document, to ask whether a word or a stretch lies in quotation marks. */
final class QuotedText {

  private final ImmutableList<Quotation> quotations;
  private final TreeMap<Integer, Quotation> byStart = new TreeMap<>();

  QuotedText(ImmutableList<Quotation> quotations) {
    this.quotations = quotations;
    for (Quotation quotation : quotations) {
      byStart.put(quotation.span().start(), quotation);
    }
  }

  /** The quotations in text order. */
  ImmutableList<Quotation> quotations() {
    return quotations;
  }

  /** The quotation the token lies in, marks included. */
  Optional<Quotation> around(CoreLabel token) {
    return around(token.beginPosition(), token.endPosition());
  }

  /** The quotation that holds all of {@code [begin, end)}. */
  Optional<Quotation> around(int begin, int end) {
    Map.Entry<Integer, Quotation> entry = byStart.floorEntry(begin);
    if (entry == null || !entry.getValue().covers(begin, end)) {
      return Optional.empty();
    }
    return Optional.of(entry.getValue());
  }

  /** Whether the token lies in quotation marks (or is one of the marks). */
  boolean isQuoted(CoreLabel token) {
    return around(token).isPresent();
  }

  /** Whether some quotation shares a character with {@code span}. */
  boolean overlapsAny(Span span) {
    Map.Entry<Integer, Quotation> before = byStart.floorEntry(span.start());
    if (before != null && before.getValue().span().intersects(span)) {
      return true;
    }
    Integer next = byStart.ceilingKey(span.start());
    return next != null && next < span.end();
  }
}
