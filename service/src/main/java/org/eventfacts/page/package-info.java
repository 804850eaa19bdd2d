/**
 * The page that shows a document's facts highlighted in its text: plain HTML, CSS and a little
 * JavaScript kept in the jar ({@link org.eventfacts.page.PageFiles}), served by the HTTP server or
 * inlined with the facts into one self-contained file ({@link org.eventfacts.page.StandalonePage}).
 * A few articles written for the project come with it as samples ({@link
 * org.eventfacts.page.Samples}).
 */
@NullMarked
package org.eventfacts.page;

import org.jspecify.annotations.NullMarked;
