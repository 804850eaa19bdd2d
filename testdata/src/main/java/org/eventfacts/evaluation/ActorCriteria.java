package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.DocumentFacts;

/**
 * Actors match on the same kind when the predicted canonical name contains the gold name's last
 * word as a whole word ("Lentz" is in "Ivo Lentz", not in "Lentzism"), and, for
 * organisations, shares at least half of the gold name's content words. Only predicted people
 * and organisations take part: groups, countries and places are not scored. The title is a slot,
 * right when the gold title shares a content word with any of the actor's titles.
 */
final class ActorCriteria implements MatchCriteria<ExpectedActor, Actor> {

  private final DocumentFacts facts;

  ActorCriteria(DocumentFacts facts) {
    this.facts = facts;
  }

  @Override
  public FactType type() {
    return FactType.ACTOR;
  }

  @Override
  public ImmutableList<ExpectedActor> expectations(GoldDocument gold) {
    return gold.expectations(type()).stream()
        .map(ExpectedActor.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public ImmutableList<Actor> predictions() {
    return facts.actors().stream()
        .filter(a -> a.kind() == ActorKind.PERSON || a.kind() == ActorKind.ORGANIZATION)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean matches(ExpectedActor expected, Actor predicted) {
    if (expected.kind() != predicted.kind()) {
      return false;
    }
    List<String> goldWords = ContentWords.words(expected.name());
    if (goldWords.isEmpty()
        || !ContentWords.words(predicted.name()).contains(goldWords.get(goldWords.size() - 1))) {
      return false;
    }
    return expected.kind() != ActorKind.ORGANIZATION
        || sharesHalfTheContentWords(expected.name(), predicted.name());
  }

  private static boolean sharesHalfTheContentWords(String gold, String predicted) {
    ImmutableSet<String> goldWords = ContentWords.of(gold);
    ImmutableSet<String> predictedWords = ContentWords.of(predicted);
    long shared = goldWords.stream().filter(predictedWords::contains).count();
    return 2 * shared >= goldWords.size();
  }

  @Override
  public ImmutableMap<Slot, Boolean> slots(ExpectedActor expected, Actor predicted) {
    String title = expected.title();
    SlotJudgements slots = new SlotJudgements();
    if (title != null) {
      slots.judge(
          Slot.TITLE,
          predicted.titles().stream().anyMatch(t -> ContentWords.shareAny(title, t)));
    }
    return slots.build();
  }

  @Override
  public FalsePositive describe(Actor predicted) {
    String summary =
        new Summary()
            .add(predicted.kind() + " \"" + predicted.name() + "\"")
            .add(predicted.titles().isEmpty() ? null : "titles=" + predicted.titles())
            .toString();
    return FalsePositive.of(type(), summary, predicted.mentions().get(0), facts.text());
  }
}
