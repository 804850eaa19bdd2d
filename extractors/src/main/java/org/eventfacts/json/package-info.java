/**
 * The project's JSON contract: {@link org.eventfacts.json.FactsJson} writes a document's facts,
 * or its error record, as the command line, the service and the Spark job all write them.
 */
@NullMarked
package org.eventfacts.json;

import org.jspecify.annotations.NullMarked;
