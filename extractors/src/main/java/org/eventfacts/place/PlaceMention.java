package org.eventfacts.place;

import org.eventfacts.fact.Place;

/**
 * A place the text names, resolved: the {@link Place} with its words and span, the sentence it
 * lies in, and whether it is the story's dateline ("AURORA, Ill. —").
 *
 * @param place the place, as the text names it and the gazetteer knows it
 * @param sentence the index of the sentence it lies in
 * @param dateline whether it is the dateline of the story
 */
public record PlaceMention(Place place, int sentence, boolean dateline) {}
