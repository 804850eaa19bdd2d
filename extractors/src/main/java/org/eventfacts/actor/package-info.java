/**
 * Reads the actors of a text (people, organisations, groups, countries and places, each with all
 * its mentions merged, its titles and its affiliation) and links the slots of facts to them.
 *
 * <p>Start from {@link org.eventfacts.actor.ActorExtractor}, which returns the {@link
 * org.eventfacts.fact.Actor actors} of a parsed text, and {@link org.eventfacts.actor.ActorLinker},
 * which sets {@link org.eventfacts.fact.Phrase#actorId()} on every fact's speaker, arrestee,
 * perpetrator and source. Internal to eventfacts.
 *
 * <h2>Why no coreference model</h2>
 *
 * <p>Mentions are merged by rules ({@link org.eventfacts.actor.NameMerger}) and pronouns and
 * descriptions resolved by salience ({@link org.eventfacts.actor.ReferenceReader}), not by
 * CoreNLP's {@code coref} annotator. Both were measured with the same names, titles and groups,
 * only the merging differing, on the seed article, meantime-dev and the project's six articles with
 * actor gold, and on 43 hand-checked third-person pronouns of those seven articles:
 *
 * <table>
 *   <caption>Own merge against CoreNLP statistical coref (2 shared cores, 78 documents)</caption>
 *   <tr><th></th><th>own merge</th><th>coref chains</th></tr>
 *   <tr><td>seed: actors found, precision, titles</td><td>12/12, 1.000, 6/6</td><td>12/12, 0.929, 6/6</td></tr>
 *   <tr><td>meantime-dev recall</td><td>0.983</td><td>0.966</td></tr>
 *   <tr><td>own articles: recall, precision</td><td>1.000, 1.000</td><td>0.960, 1.000</td></tr>
 *   <tr><td>pronouns resolved right</td><td>40/43</td><td>17/43</td></tr>
 *   <tr><td>annotation per document</td><td>247 ms</td><td>1422 ms</td></tr>
 *   <tr><td>actor reading per document</td><td>10-20 ms</td><td>6-13 ms</td></tr>
 * </table>
 *
 * <p>Coref costs about 1.2 s more per article, loads a further model, and in news prose left most
 * pronouns in chains without a name ("he" after a quotation, "his supporters").
 */
@NullMarked
package org.eventfacts.actor;

import org.jspecify.annotations.NullMarked;
