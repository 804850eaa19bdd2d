package org.eventfacts.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * The bounds a server keeps: the largest request body, the time one request may take (receiving
 * its body included), how many extractions run at once and how many may wait, and how long an
 * idle connection stays open.
 *
 * @param maxBodyBytes the largest request body, in bytes
 * @param timeout the time a request may take, from its arrival to its answer
 * @param workers extractions that run at once
 * @param queue extractions that may wait for a worker; more are refused with 503
 * @param idleTimeout how long a connection may stay silent before it is closed
 */
record Limits(long maxBodyBytes, Duration timeout, int workers, int queue, Duration idleTimeout) {

  Limits {
    checkArgument(maxBodyBytes >= 1, "maxBodyBytes must be positive, got %s", maxBodyBytes);
    checkNotNull(timeout, "timeout");
    checkArgument(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive: %s", timeout);
    checkArgument(workers >= 1, "workers must be at least 1, got %s", workers);
    checkArgument(queue >= 0, "queue must not be negative, got %s", queue);
    checkNotNull(idleTimeout, "idleTimeout");
    checkArgument(
        !idleTimeout.isNegative() && !idleTimeout.isZero(),
        "idleTimeout must be positive: %s",
        idleTimeout);
  }

  /** The time limit as a deadline for a request that arrives now, in {@link System#nanoTime()}. */
  long deadlineFromNow() {
    return System.nanoTime() + timeout.toNanos();
  }
}
