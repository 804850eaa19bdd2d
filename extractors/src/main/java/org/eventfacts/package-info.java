/**
 * eventfacts reads English news prose and returns typed, checkable facts: casualty counts, arrests,
 * quoted statements and the actors they involve, each with the character offsets of its evidence.
 *
 * <p>Start from {@link org.eventfacts.EventFacts}: {@code EventFacts.extract(text)} for a quick
 * look, {@code EventFacts.builder()...build()} for a {@link org.eventfacts.FactExtractor} to share
 * in a service. The results are the records of {@link org.eventfacts.fact}.
 */
@NullMarked
package org.eventfacts;

import org.jspecify.annotations.NullMarked;
