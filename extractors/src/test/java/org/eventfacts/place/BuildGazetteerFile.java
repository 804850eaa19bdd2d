package org.eventfacts.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the bundled gazetteer's binary form from its text form; {@code
 * tools/gazetteer/build_gazetteer.py} runs it after writing the text form. From the repository's
 * root, after {@code mvn -q -o -DskipTests package}:
 *
 * <pre>
 * java -cp "extractors/target/test-classes:extractors/target/classes:cli/target/lib/*" \
 *   org.eventfacts.place.BuildGazetteerFile tools/gazetteer/gazetteer.tsv.gz \
 *   extractors/src/main/resources/org/eventfacts/place/gazetteer.bin.gz
 * </pre>
 */
final class BuildGazetteerFile {

  /** The text form, from the extractors module's directory (where tests run). */
  static final Path TSV = Path.of("..", "tools", "gazetteer", "gazetteer.tsv.gz");

  /** The binary form, from the extractors module's directory. */
  static final Path BIN =
      Path.of("src", "main", "resources", "org", "eventfacts", "place", "gazetteer.bin.gz");

  private BuildGazetteerFile() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BuildGazetteerFile TSV_GZ BIN_GZ");
      System.exit(2);
    }
    GazetteerTsv tsv;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      tsv = GazetteerTsv.read(in);
    }
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      GazetteerFile.write(tsv.byKey(), tsv.regionNames(), tsv.countryNames(), out);
    }
    System.err.printf(
        "%,d names -> %s (%,d bytes)%n", tsv.byKey().size(), args[1], Files.size(Path.of(args[1])));
  }
}
