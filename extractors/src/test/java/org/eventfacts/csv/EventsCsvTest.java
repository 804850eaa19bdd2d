package org.eventfacts.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eventfacts.Document;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

class EventsCsvTest {

  @Test
  void writesOneRowPerEventWithTheColumnsOfTheHeader() {
    List<String> rows =
        EventsCsv.rows(
            SharedExtractor.extractor()
                .extract(
                    new Document(
                        "report-9",
                        "AURORA, Ill. (AP) — Two men were killed and three people were wounded in a"
                            + " shooting on Friday night, police said.\n",
                        LocalDate.of(2024, 3, 10),
                        null)));

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).split(",", -1)).hasSize(EventsCsv.HEADER.split(",").length);
    assertThat(rows.get(0))
        .startsWith("report-9,e1,2024-03-08,DAY,false,United States,US,Illinois,Aurora,CITY,41.76,-88.32,2,2,2,3,3,3,,,,,,,");
  }

  @Test
  void quotesACellThatHoldsACommaOrAQuote() {
    assertThat(EventsCsv.quoted("Ruiz, 22")).isEqualTo("\"Ruiz, 22\"");
    assertThat(EventsCsv.quoted("the \"hero\"")).isEqualTo("\"the \"\"hero\"\"\"");
    assertThat(EventsCsv.quoted("police")).isEqualTo("police");
  }
}
