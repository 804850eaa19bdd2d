package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person, organisation or group that takes part in the reported events, with every mention of
 * it merged ("Ana Voss", "Voss", "he", "the head of state").
 *
 * <pre>{@code
 * actor.name()         // "Ruth Kellan"
 * actor.titles()       // ["Secretary of State"]
 * actor.affiliation()  // "United States"
 * }</pre>
 *
 * @param id identifies the actor within its document ("a1"); facts refer to it by this id
 * @param name the fullest proper name the text gives
 * @param kind person, organisation, group, country or place
 * @param titles the titles and roles the text gives ("President", "spokesman"), in order of
 *     first mention
 * @param affiliation the country, organisation or person the actor belongs to or speaks for,
 *     when stated ("Dastria" for "Dastrian President Ivo Lentz")
 * @param mentions every stretch of text that refers to the actor, in text order
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    List<String> titles,
    @Nullable String affiliation,
    List<Span> mentions) {

  public Actor {
    checkArgument(id != null && !id.isBlank(), "an actor needs an id");
    checkArgument(name != null && !name.isBlank(), "an actor needs a name");
    checkNotNull(kind, "kind");
    titles = ImmutableList.copyOf(titles);
    mentions = ImmutableList.sortedCopyOf(mentions);
    checkArgument(!mentions.isEmpty(), "actor '%s' has no mention", name);
  }

  /** The first title the text gives, or {@code null}. */
  public @Nullable String title() {
    return titles.isEmpty() ? null : titles.get(0);
  }
}
