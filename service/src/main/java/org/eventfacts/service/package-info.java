/**
 * The facts over HTTP: {@link org.eventfacts.service.FactServer} (Jetty) answers {@code POST
 * /v1/extract} and {@code POST /v1/extract/batch} with the project's JSON contract, as the command
 * line writes it, and serves the page of {@link org.eventfacts.page}. Start from {@link
 * org.eventfacts.service.FactServer} and {@link org.eventfacts.service.Extractors}.
 *
 * <p>Transport only: no rule lives here. Every request is bounded (body size, time, a bounded
 * queue of extractions) and every failure is a JSON error record {@code {"id", "error": {"kind",
 * "message"}}} whose kind gives the status: {@code DECODE} 422, {@code TOO_LONG} 413, {@code
 * TIMEOUT} 504, {@code BUSY} 503, {@code BAD_REQUEST} 400, {@code UNSUPPORTED_MEDIA_TYPE} 415.
 */
@NullMarked
package org.eventfacts.service;

import org.jspecify.annotations.NullMarked;
