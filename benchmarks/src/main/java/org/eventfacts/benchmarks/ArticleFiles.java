package org.eventfacts.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eventfacts.Document;

/**
 * The {@code .txt} articles of a directory in name order, as the CLI reads them: the id is the
 * file name without {@code .txt}, and a {@code <id>.meta.json} beside it gives the publication
 * date and title.
 *
 * <pre>{@code
 * List<Document> articles = ArticleFiles.in(Path.of("../shared/corpus/gva-dev"));
 * }</pre>
 */
final class ArticleFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleFiles() {}

  static List<Document> in(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      List<Document> documents = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - 4);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path sidecar = file.resolveSibling(id + ".meta.json");
        if (!Files.isRegularFile(sidecar)) {
          documents.add(new Document(id, text, null, null));
          continue;
        }
        JsonNode meta = JSON.readTree(sidecar.toFile());
        JsonNode published = meta.get("published");
        JsonNode title = meta.get("title");
        documents.add(
            new Document(
                id,
                text,
                published == null || published.isNull() ? null : LocalDate.parse(published.asText()),
                title == null || title.isNull() ? null : title.asText()));
      }
      return documents;
    }
  }
}
