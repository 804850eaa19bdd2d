/**
 * Bytes into text before extraction: {@link org.eventfacts.input.TextDecoder} decodes strictly
 * (invalid UTF-8 is an error naming its byte offset) or leniently, drops a byte order mark and
 * keeps line ends, so that offsets match the file. Used by the command line and any service that
 * receives raw bytes.
 */
@NullMarked
package org.eventfacts.input;

import org.jspecify.annotations.NullMarked;
