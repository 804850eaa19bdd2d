package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * An event's total of one kind (killed, injured, missing, arrested), with the facts it rests on
 * and the rule that made it, so that a reader can audit it.
 *
 * <p>From "26 attackers were killed" (fact c2) and "18 officers died" (fact c3):
 *
 * <pre>{@code
 * total.count()   // "26 + 18", value 44, EXACT
 * total.rule()    // SUM
 * total.facts()   // ["c2", "c3"]
 * }</pre>
 *
 * @param count the total; for a sum its text joins the stated figures with {@code " + "} and its
 *     range adds the ranges
 * @param rule how it was made
 * @param facts the ids of the facts whose figures make it, in text order
 */
public record Total(Count count, TotalRule rule, List<String> facts) {

  public Total {
    checkNotNull(count, "count");
    checkNotNull(rule, "rule");
    facts = ImmutableList.copyOf(facts);
    checkArgument(!facts.isEmpty(), "a total rests on at least one fact");
  }
}
