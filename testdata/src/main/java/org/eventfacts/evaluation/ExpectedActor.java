package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.ActorKind;
import org.jspecify.annotations.Nullable;

/**
 * A gold actor: a named person or organisation that takes part in the events or speaks.
 *
 * <pre>{@code
 * {"type": "actor", "name": "Ruth Kellan", "kind": "PERSON", "title": "Secretary of State"}
 * }</pre>
 *
 * @param name the actor's full name
 * @param kind {@code PERSON} or {@code ORGANIZATION}, the only kinds scored
 * @param title a title the text gives the actor, or {@code null}
 */
public record ExpectedActor(String name, ActorKind kind, @Nullable String title)
    implements Expectation {

  public ExpectedActor {
    checkArgument(name != null && !name.isBlank(), "an actor needs a name");
    checkNotNull(kind, "kind");
    checkArgument(
        kind == ActorKind.PERSON || kind == ActorKind.ORGANIZATION,
        "only PERSON and ORGANIZATION actors are scored, got %s for '%s'",
        kind,
        name);
  }

  @Override
  public FactType type() {
    return FactType.ACTOR;
  }

  @Override
  public String summary() {
    return new Summary().add(kind + " \"" + name + "\"").add("title", title).toString();
  }
}
