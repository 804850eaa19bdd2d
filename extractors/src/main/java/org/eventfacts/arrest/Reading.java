package org.eventfacts.arrest;

import edu.stanford.nlp.ling.IndexedWord;
import org.eventfacts.count.CountReading;
import org.jspecify.annotations.Nullable;

/**
 * One arrest found in a sentence, before its slots are filled.
 *
 * @param trigger the word that states custody
 * @param arrestee the head of the phrase naming who was arrested, or {@code null} when the text
 *     gives a number alone ("police made 40 arrests")
 * @param count the number of arrests the trigger itself carries ("40 arrests"), or {@code null}
 *     when the count, if any, is read from the arrestee
 * @param authority the head of the phrase naming who made the arrest, when the clause says
 * @param rule names the grammar that linked trigger and arrestee, for the evidence
 */
record Reading(
    Trigger trigger,
    @Nullable IndexedWord arrestee,
    @Nullable CountReading count,
    @Nullable IndexedWord authority,
    String rule) {}
