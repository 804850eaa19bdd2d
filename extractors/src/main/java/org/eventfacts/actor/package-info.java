/**
 * Reads the actors of a text (people, organisations, groups, countries and places, each with all
 * its mentions merged, its titles and its affiliation) and links the slots of facts to them.
 *
 * <p>Start from {@link org.eventfacts.actor.ActorExtractor}, which returns the {@link
 * org.eventfacts.fact.Actor actors} of a parsed text, and {@link org.eventfacts.actor.ActorLinker},
 * which sets {@link org.eventfacts.fact.Phrase#actorId()} on every fact's speaker, arrestee,
 * perpetrator and source. Internal to eventfacts.
 */
@NullMarked
package org.eventfacts.actor;

import org.jspecify.annotations.NullMarked;
