package org.eventfacts.service;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request's body within the server's limits: at most {@code maxBytes} (a declared
 * {@code Content-Length} over it is refused before a byte is read), by a deadline (a client that
 * trickles its body is cut off with 408 rather than holding a thread), and decoded as strict UTF-8
 * (malformed bytes are {@link Problem#DECODE}, never replaced).
 */
final class RequestBody {

  private RequestBody() {}

  /** The body's bytes. */
  static byte[] read(Request request, long maxBytes, long deadline) {
    long declared = request.getLength();
    if (declared > maxBytes) {
      throw tooLong(declared + " bytes", maxBytes);
    }
    int limit = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes);
    CompletableFuture<byte[]> body = Content.Source.asByteArrayAsync(request, limit);
    try {
      return body.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      request.fail(new TimeoutException("request body not received in time"));
      body.cancel(true);
      throw new ApiException(
          Problem.REQUEST_TIMEOUT, "the request body did not arrive within the time limit");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(Problem.INTERNAL, "interrupted while reading the request body");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
        // Content.Source reports a body longer than the limit this way.
        throw tooLong("more bytes", maxBytes);
      }
      throw new ApiException(Problem.BAD_REQUEST, "cannot read the request body: " + cause);
    }
  }

  /** The bytes as text; malformed UTF-8 is refused with {@link Problem#DECODE}. */
  static String utf8(byte[] bytes, String what) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (MalformedInputException e) {
      int offset = firstMalformedByte(bytes);
      throw new ApiException(
          Problem.DECODE, what + " is not valid UTF-8: malformed bytes at byte offset " + offset);
    } catch (CharacterCodingException e) {
      throw new ApiException(Problem.DECODE, what + " is not valid UTF-8: " + e);
    }
  }

  private static int firstMalformedByte(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  private static ApiException tooLong(String size, long maxBytes) {
    return new ApiException(
        Problem.TOO_LONG,
        "the request body has " + size + ", more than the limit of " + maxBytes + " bytes");
  }
}
