package org.eventfacts.casualty;

import edu.stanford.nlp.ling.IndexedWord;
import org.eventfacts.fact.Outcome;

/**
 * A word that states a casualty, what it says happened and how it reaches its victims.
 *
 * @param word the word in the graph
 * @param outcome killed, injured or missing
 * @param kind the grammar that leads from it to the people counted
 */
record Trigger(IndexedWord word, Outcome outcome, TriggerKind kind) {}
