package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.EventDate;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.Total;
import org.jspecify.annotations.Nullable;

/**
 * A gold event stands for an incident a document reports. By the corpus rules the document's
 * first predicted event ({@code events[0]}, the main one) stands for the first gold event, so
 * that recall is the share of documents with an event; its date, city, region, country, killed
 * and injured are slots.
 *
 * <p>Where {@code event} is exhaustive (the project's own articles, which list every incident),
 * every predicted event is scored, so that an incident split in two, or one made up, costs
 * precision; each further gold event pairs with a further predicted event in the same place: the
 * gold city, or else its region or country, shares a content word with the predicted place.
 */
final class EventCriteria implements MatchCriteria<ExpectedEvent, Event> {

  private final DocumentFacts facts;
  private final GoldDocument gold;
  private final ImmutableList<ExpectedEvent> expected;

  EventCriteria(DocumentFacts facts, GoldDocument gold) {
    this.facts = facts;
    this.gold = gold;
    this.expected =
        gold.expectations(FactType.EVENT).stream()
            .map(ExpectedEvent.class::cast)
            .collect(ImmutableList.toImmutableList());
  }

  @Override
  public FactType type() {
    return FactType.EVENT;
  }

  @Override
  public ImmutableList<ExpectedEvent> expectations(GoldDocument gold) {
    return gold == this.gold ? expected : new EventCriteria(facts, gold).expected;
  }

  @Override
  public ImmutableList<Event> predictions() {
    List<Event> events = facts.events();
    if (gold.isExhaustive(FactType.EVENT)) {
      return ImmutableList.copyOf(events);
    }
    return events.isEmpty() ? ImmutableList.of() : ImmutableList.of(events.get(0));
  }

  @Override
  public boolean matches(ExpectedEvent expected, Event predicted) {
    boolean mainGold = isMain(expected);
    boolean mainPrediction = !facts.events().isEmpty() && facts.events().get(0) == predicted;
    if (mainGold || mainPrediction) {
      return mainGold && mainPrediction;
    }
    return samePlace(expected, predicted.place());
  }

  private boolean isMain(ExpectedEvent event) {
    return expected.isEmpty() || expected.get(0) == event;
  }

  private static boolean samePlace(ExpectedEvent expected, @Nullable Place place) {
    if (place == null) {
      return false;
    }
    if (expected.city() != null) {
      return ContentWords.shareAny(expected.city(), place.name());
    }
    if (expected.region() != null) {
      return ContentWords.shareAny(expected.region(), place.region())
          || ContentWords.shareAny(expected.region(), place.name());
    }
    return expected.country() != null && ContentWords.shareAny(expected.country(), place.country());
  }

  @Override
  public ImmutableMap<Slot, Boolean> slots(ExpectedEvent expected, Event predicted) {
    Place place = predicted.place();
    EventDate date = predicted.date();
    SlotJudgements slots = new SlotJudgements();
    if (expected.date() != null) {
      slots.judge(Slot.DATE, date != null && date.value().startsWith(expected.date().toString()));
    }
    return slots
        .words(Slot.CITY, expected.city(), place == null ? null : place.name())
        .words(Slot.REGION, expected.region(), place == null ? null : place.region())
        .words(Slot.COUNTRY, expected.country(), place == null ? null : place.country())
        .count(Slot.KILLED, expected.killed(), count(predicted.killed()))
        .count(Slot.INJURED, expected.injured(), count(predicted.injured()))
        .count(Slot.MISSING, expected.missing(), count(predicted.missing()))
        .count(Slot.ARRESTED, expected.arrested(), count(predicted.arrested()))
        .build();
  }

  @Override
  public FalsePositive describe(Event predicted) {
    Place place = predicted.place();
    EventDate date = predicted.date();
    String summary =
        new Summary()
            .add("event " + predicted.id())
            .add("date", date == null ? null : date.value())
            .add("place", place == null ? null : place.name())
            .add("region", place == null ? null : place.region())
            .add("country", place == null ? null : place.country())
            .add("killed", text(predicted.killed()))
            .add("injured", text(predicted.injured()))
            .add("missing", text(predicted.missing()))
            .add("arrested", text(predicted.arrested()))
            .toString();
    return FalsePositive.of(type(), summary, predicted.span(), facts.text());
  }

  private static @Nullable Count count(@Nullable Total total) {
    return total == null ? null : total.count();
  }

  private static @Nullable String text(@Nullable Total total) {
    return total == null ? null : total.count().text();
  }
}
