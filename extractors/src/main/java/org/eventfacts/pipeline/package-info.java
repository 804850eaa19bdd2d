/**
 * Runs Stanford CoreNLP with only the annotators the requested facts need, once per JVM.
 *
 * <p>Start from {@link org.eventfacts.pipeline.Pipeline}; {@link
 * org.eventfacts.pipeline.AnnotationCache} keeps annotations on disk for repeated runs over the
 * same texts. This package is internal to eventfacts: use {@link org.eventfacts.EventFacts}.
 */
@NullMarked
package org.eventfacts.pipeline;

import org.jspecify.annotations.NullMarked;
