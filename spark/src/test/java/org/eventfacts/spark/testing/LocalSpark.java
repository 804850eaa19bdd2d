package org.eventfacts.spark.testing;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM: {@code local[2]}, bound to the loopback address, no UI.
 * Spark stops it when the JVM exits.
 */
public final class LocalSpark {

  private static final Supplier<SparkSession> SESSION =
      Suppliers.memoize(
          () ->
              SparkSession.builder()
                  .master("local[2]")
                  .appName("eventfacts-spark tests")
                  .config("spark.driver.host", "127.0.0.1")
                  .config("spark.driver.bindAddress", "127.0.0.1")
                  .config("spark.ui.enabled", "false")
                  .config("spark.sql.shuffle.partitions", "4")
                  .getOrCreate());

  private LocalSpark() {}

  /** The session, started on first use. */
  public static SparkSession session() {
    return SESSION.get();
  }
}
