package org.eventfacts.actor;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * Reads the actors of a text: the people, organisations, groups, countries and places it names,
 * each with every mention merged, its titles and its affiliation.
 *
 * <pre>{@code
 * ImmutableList<Actor> actors = ActorExtractor.read(ParsedText.of(annotated));
 * // "Interior Minister Ana Voss said ... Voss added ... she said"
 * //   -> Actor("a1", "Ana Voss", PERSON, ["Interior Minister"], null, [3 mentions])
 * }</pre>
 *
 * <p>The steps: names from CoreNLP's entity mentions with the tagger's news mistakes corrected
 * ({@link NameFinder}), credit lines left out ({@link Boilerplate}), short forms and acronyms
 * merged into full names ({@link NameMerger}), groups found ({@link GroupFinder}), titles, ages and
 * affiliations read around each name ({@link TitleReader}), then pronouns and descriptions resolved
 * in one pass through the text ({@link ReferenceReader}); organisations that are only channels
 * ({@link Channels}) and names used only to say whose something is ({@link Owners}) are dropped. No coreference model is loaded: this lighter merge was measured
 * against CoreNLP's coref (see the package documentation).
 */
public final class ActorExtractor {

  private ActorExtractor() {}

  /**
   * The actors of {@code text} and the named speakers of {@code quotes} no name found covers
   * ({@link SpeakingNames}): whoever speaks takes part.
   */
  public static ImmutableList<Actor> read(ParsedText text, List<Quote> quotes) {
    return SpeakingNames.addSpeakers(text, read(text), quotes);
  }

  /** The actors of {@code text}, in order of first mention, with ids "a1", "a2", .... */
  public static ImmutableList<Actor> read(ParsedText text) {
    List<Name> names = new ArrayList<>();
    for (Name name : NameFinder.find(text)) {
      if (!Boilerplate.isBoilerplate(name)) {
        names.add(name);
      }
    }
    ParentheticalAliases.Result aliased = ParentheticalAliases.read(text, names);
    List<Entity> entities = new ArrayList<>(NameMerger.merge(aliased.names(), aliased.aliases()));
    MentionIndex index = new MentionIndex(entities);
    entities.addAll(GroupFinder.find(text, index));
    TitleReader titles = new TitleReader(index);
    for (Entity entity : entities) {
      for (Name name : entity.names()) {
        titles.read(name, entity);
      }
    }
    ReferenceReader.read(text, index, new QuotedWords(text));
    entities.removeIf(Channels::isOnlyAChannel);
    entities.removeIf(Owners::isOnlyAnOwner);
    entities.removeIf(Works::isDefinedAsAWork);
    entities.removeIf(UnnamedBodies::isOnlyUnnamed);
    entities.addAll(NestedNames.find(text, entities));
    entities.sort(Comparator.comparing(Entity::firstMention));
    ImmutableList.Builder<Actor> actors = ImmutableList.builder();
    for (int i = 0; i < entities.size(); i++) {
      Entity entity = entities.get(i);
      List<Span> spans = entity.mentions().stream().map(Mention::span).distinct().toList();
      actors.add(
          new Actor(
              "a" + (i + 1),
              entity.name(),
              entity.kind(),
              entity.titles(),
              affiliation(entity, index),
              spans));
    }
    return actors.build();
  }

  private static @Nullable String affiliation(Entity entity, MentionIndex index) {
    for (Affiliation affiliation : entity.affiliations()) {
      if (affiliation.place() != null) {
        return affiliation.place();
      }
      Mention words = affiliation.words();
      if (words == null) {
        continue;
      }
      Optional<Entity> owner = index.entityAt(words.sentenceIndex(), words.first());
      if (owner.isPresent() && owner.get() != entity) {
        String country =
            owner.get().kind() == ActorKind.COUNTRY
                ? Places.instance().country(owner.get().name())
                : null;
        return country != null
            ? country
            : owner.get().name(); // "US Secretary of State": United States
      }
      if (owner.isEmpty() && !PronounResolver.isPronoun(words.text())) {
        return words.text();
      }
    }
    return null;
  }
}
