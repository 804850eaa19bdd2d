package org.eventfacts.casualty;

import edu.stanford.nlp.ling.IndexedWord;
import org.eventfacts.count.CountReading;
import org.eventfacts.fact.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * One count of casualties found in a sentence, before its slots are filled.
 *
 * @param trigger the word that states the casualty
 * @param outcome what happened (a fatal modifier can change the trigger's outcome for one count)
 * @param count the number and where it is written
 * @param victims the head of the phrase naming the people, or {@code null} when the number stands
 *     alone ("26 were killed")
 * @param perpetrator the head of the phrase naming who did it, when the clause says
 * @param rule names the grammar that linked trigger and count, for the evidence
 */
record Reading(
    Trigger trigger,
    Outcome outcome,
    CountReading count,
    @Nullable IndexedWord victims,
    @Nullable IndexedWord perpetrator,
    String rule) {}
