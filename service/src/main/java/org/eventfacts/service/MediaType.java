package org.eventfacts.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ascii;
import com.google.common.base.Splitter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Content-Type} of a request body: its type ({@code text/plain}) and charset, both
 * lower case; the charset is {@code null} when the header names none.
 *
 * <pre>{@code
 * MediaType.parse("text/plain; charset=UTF-8")   // text/plain, utf-8
 * }</pre>
 */
record MediaType(String type, @Nullable String charset) {

  MediaType {
    checkNotNull(type, "type");
  }

  /** The media type of a header value; the empty type when the header is absent. */
  static MediaType parse(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return new MediaType("", null);
    }
    List<String> parts = Splitter.on(';').trimResults().splitToList(header);
    String charset = null;
    for (String parameter : parts.subList(1, parts.size())) {
      int equals = parameter.indexOf('=');
      if (equals > 0 && Ascii.equalsIgnoreCase(parameter.substring(0, equals).trim(), "charset")) {
        charset = Ascii.toLowerCase(parameter.substring(equals + 1).trim().replace("\"", ""));
      }
    }
    return new MediaType(Ascii.toLowerCase(parts.get(0)), charset);
  }

  /** Whether this is one of {@code types}. */
  boolean is(String... types) {
    for (String candidate : types) {
      if (type.equals(candidate)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the charset, if any, is UTF-8 or its subset US-ASCII. */
  boolean utf8() {
    return charset == null || charset.equals("utf-8") || charset.equals("utf8")
        || charset.equals("us-ascii");
  }

  @Override
  public String toString() {
    return type.isEmpty() ? "none" : charset == null ? type : type + "; charset=" + charset;
  }
}
