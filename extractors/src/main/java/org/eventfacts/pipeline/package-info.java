/**
 * Runs Stanford CoreNLP with only the annotators the requested facts need, once per JVM, within
 * bounds: what is not prose is blanked before CoreNLP sees it ({@link
 * org.eventfacts.pipeline.ProseText}, offsets kept), over-long sentences are cut ({@link
 * org.eventfacts.pipeline.LongSentences}), sentences in capitals are put in sentence case ({@link
 * org.eventfacts.pipeline.CapitalSentences}), and the tagger and parser run over batches of
 * sentences between checks of a {@link org.eventfacts.pipeline.Deadline}. The dependency parser is
 * eventfacts' own runner of CoreNLP's neural parser model, {@link
 * org.eventfacts.pipeline.ParseAnnotator}: CoreNLP's parses, at a quarter of the cost.
 *
 * <p>Start from {@link org.eventfacts.pipeline.Pipeline} and its {@link
 * org.eventfacts.pipeline.Limits}; {@link org.eventfacts.pipeline.AnnotationCache} keeps
 * annotations on disk for repeated runs over the same texts. The models load from fast-loading
 * copies written on first use ({@code ModelCopies}: the parser's weights, the tagger's and NER's
 * models), which CoreNLP reads in the models' place with the same results. This package is internal to
 * eventfacts: use {@link org.eventfacts.EventFacts}.
 */
@NullMarked
package org.eventfacts.pipeline;

import org.jspecify.annotations.NullMarked;
