package org.eventfacts.count;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.Span;

/**
 * A count read from a sentence: the count, where its words are, and the graph nodes they occupy
 * (so that the phrase naming the people can leave them out).
 *
 * @param count the number with its qualifier and range
 * @param span the words that state it, qualifier included
 * @param words the graph nodes of those words
 * @param implicit whether no number was written and the count is the one person a singular
 *     phrase denotes ("a 17-year-old was killed")
 */
public record CountReading(Count count, Span span, ImmutableSet<IndexedWord> words, boolean implicit) {}
