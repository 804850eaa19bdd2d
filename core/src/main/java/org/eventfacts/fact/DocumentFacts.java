package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Everything read from one document: its facts, the actors they refer to, and the text the
 * evidence spans point into.
 *
 * <pre>{@code
 * DocumentFacts facts = EventFacts.extract(text);
 * for (CasualtyCount c : facts.casualties()) {
 *   System.out.println(c.count().text() + " " + c.outcome() + ": " + c.span().coveredText(text));
 * }
 * }</pre>
 *
 * @param id the document's identifier (a file name, or empty when the caller gave none)
 * @param text the text the spans refer to
 * @param casualties casualty counts in text order
 * @param arrests arrests in text order
 * @param quotes quotes and reported statements in text order
 * @param actors actors in order of first mention
 */
public record DocumentFacts(
    String id,
    String text,
    List<CasualtyCount> casualties,
    List<Arrest> arrests,
    List<Quote> quotes,
    List<Actor> actors) {

  private static final Comparator<Fact> TEXT_ORDER = Comparator.comparing(Fact::span);

  public DocumentFacts {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    casualties = ImmutableList.sortedCopyOf(TEXT_ORDER, casualties);
    arrests = ImmutableList.sortedCopyOf(TEXT_ORDER, arrests);
    quotes = ImmutableList.sortedCopyOf(TEXT_ORDER, quotes);
    actors = ImmutableList.copyOf(actors);
    for (Fact fact : Stream.of(casualties, arrests, quotes).flatMap(List::stream).toList()) {
      checkArgument(
          fact.span().end() <= text.length(),
          "evidence %s of %s lies outside a text of %s chars",
          fact.span(),
          fact,
          text.length());
    }
    for (Actor actor : actors) {
      Span last = actor.mentions().get(actor.mentions().size() - 1);
      checkArgument(
          last.end() <= text.length(), "mention %s of %s lies outside the text", last, actor.id());
    }
    checkArgument(
        actors.stream().map(Actor::id).distinct().count() == actors.size(),
        "actor ids must be unique");
  }

  /** A document with no facts. */
  public static DocumentFacts empty(String id, String text) {
    return new DocumentFacts(id, text, List.of(), List.of(), List.of(), List.of());
  }

  /** Every fact of the document in text order. */
  public ImmutableList<Fact> facts() {
    return Stream.of(casualties, arrests, quotes)
        .flatMap(List::stream)
        .sorted(TEXT_ORDER)
        .collect(ImmutableList.toImmutableList());
  }

  /** The actor with this id. */
  public Optional<Actor> actor(@Nullable String actorId) {
    if (actorId == null) {
      return Optional.empty();
    }
    return actors.stream().filter(a -> a.id().equals(actorId)).findFirst();
  }

  /**
   * The name a slot should be read as: the canonical name of the actor the phrase refers to, or
   * the phrase's own words; {@code null} for a missing slot.
   */
  public @Nullable String nameOf(@Nullable Phrase phrase) {
    if (phrase == null) {
      return null;
    }
    return actor(phrase.actorId()).map(Actor::name).orElse(phrase.text());
  }
}
