package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/**
 * Quotes match when their spans overlap by at least half of the shorter of the two (and by one
 * character at least). The same criteria score {@link FactType#QUOTE} (predicted kinds {@code
 * DIRECT} and {@code PARTIAL}) and {@link FactType#INDIRECT} (kind {@code INDIRECT}). The speaker
 * is a slot, read through the predicted speaker's canonical name and skipped when the gold names
 * none; the kind is a slot for {@code QUOTE} only, since every indirect pair agrees on it.
 */
final class QuoteCriteria implements MatchCriteria<ExpectedQuote, Quote> {

  private final DocumentFacts facts;
  private final FactType type;

  QuoteCriteria(DocumentFacts facts, FactType type) {
    checkArgument(
        type == FactType.QUOTE || type == FactType.INDIRECT, "quotes are not scored as %s", type);
    this.facts = facts;
    this.type = type;
  }

  @Override
  public FactType type() {
    return type;
  }

  @Override
  public ImmutableList<ExpectedQuote> expectations(GoldDocument gold) {
    return gold.expectations(type).stream()
        .map(ExpectedQuote.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public ImmutableList<Quote> predictions() {
    return facts.quotes().stream()
        .filter(quote -> (quote.kind() == QuoteKind.INDIRECT) == (type == FactType.INDIRECT))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean matches(ExpectedQuote expected, Quote predicted) {
    return overlapEnough(expected.span(), predicted.span());
  }

  /** Whether the spans share at least half of the shorter one, and at least one character. */
  static boolean overlapEnough(Span gold, Span predicted) {
    int overlap = gold.overlap(predicted);
    return overlap > 0 && 2 * overlap >= Math.min(gold.length(), predicted.length());
  }

  @Override
  public ImmutableMap<Slot, Boolean> slots(ExpectedQuote expected, Quote predicted) {
    SlotJudgements slots = new SlotJudgements();
    if (type == FactType.QUOTE) {
      slots.equal(Slot.KIND, expected.kind(), predicted.kind());
    }
    slots.words(Slot.SPEAKER, expected.speaker(), facts.nameOf(predicted.speaker()));
    String name = expected.speaker() == null ? null : lastName(expected.speaker());
    if (name != null) {
      slots.judge(
          Slot.SPEAKER_ID,
          predicted.speaker() != null
              && facts.actor(predicted.speaker().actorId())
                  .map(actor -> ContentWords.words(actor.name()).contains(name))
                  .orElse(false));
    }
    return slots.build();
  }

  /**
   * The last name of a speaker that is named ("Hillary Clinton" gives "clinton"; "Rep. Ana Voss of
   * Ohio" gives "voss": a place or body after "of" is not part of the name), lower-cased; null
   * for a speaker that is not named ("the senator").
   */
  static @Nullable String lastName(String speaker) {
    String name = speaker.trim();
    int of = name.lastIndexOf(" of ");
    if (of > 0 && capitalisedWords(name.substring(0, of)) >= 2) {
      name = name.substring(0, of); // "Rep. Ana Voss of Ohio", not "Secretary of State Ana Voss"
    }
    List<String> words = ContentWords.words(name);
    String[] written = name.split("[\\s,]+");
    String last = written[written.length - 1];
    if (words.isEmpty() || last.isEmpty() || !Character.isUpperCase(last.charAt(0))) {
      return null;
    }
    return words.get(words.size() - 1);
  }

  private static int capitalisedWords(String text) {
    int count = 0;
    for (String word : text.trim().split("\\s+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        count++;
      }
    }
    return count;
  }

  @Override
  public FalsePositive describe(Quote predicted) {
    String summary =
        new Summary()
            .add(predicted.kind().toString())
            .add("speaker", facts.nameOf(predicted.speaker()))
            .add("written", writtenOtherwise(predicted))
            .toString();
    return FalsePositive.of(type, summary, predicted.evidence(), facts.text());
  }

  /** The speaker as written, where the actor it was linked to is named otherwise ("he"). */
  private @Nullable String writtenOtherwise(Quote predicted) {
    if (predicted.speaker() == null) {
      return null;
    }
    String written = predicted.speaker().text();
    return written.equals(facts.nameOf(predicted.speaker())) ? null : written;
  }
}
