package org.eventfacts.merge.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import org.eventfacts.merge.Incident;
import org.eventfacts.merge.IncidentMerger;
import org.junit.jupiter.api.Test;

class IncidentJsonTest {

  private static final String COURIER =
      FactsLinesTest.LEDGER
          .replace("ledger-0412", "courier-88")
          .replace("\"published\": \"2024-03-09\"", "\"published\": \"2024-03-10\"")
          .replace("\"value\": 2, \"min\": 2, \"max\": 2, \"qualifier\": \"EXACT\", \"rule\"",
              "\"value\": 3, \"min\": 3, \"max\": 3, \"qualifier\": \"EXACT\", \"rule\"");

  private static JsonNode mergedLine() throws Exception {
    FactsLines lines =
        FactsLines.of(new StringReader(FactsLinesTest.LEDGER + "\n" + COURIER), "test.jsonl");
    Incident incident = IncidentMerger.create().merge(lines).incidents().get(0);
    return new ObjectMapper().readTree(new IncidentJson(new ObjectMapper()).writeLine(incident));
  }

  @Test
  void writesTheIncidentsDatePlaceAndMembers() throws Exception {
    JsonNode incident = mergedLine();

    assertThat(incident.get("id").asText()).isEqualTo("courier-88#e1");
    assertThat(incident.get("date").get("value").asText()).isEqualTo("2024-03-08");
    assertThat(incident.get("date").get("precision").asText()).isEqualTo("DAY");
    assertThat(incident.get("place").get("name").asText()).isEqualTo("Millbrook");
    assertThat(incident.get("place").get("countryCode").asText()).isEqualTo("US");
    assertThat(incident.get("members")).hasSize(2);
    assertThat(incident.get("members").get(0).get("doc").asText()).isEqualTo("ledger-0412");
  }

  @Test
  void writesTheChosenFigureWithItsRuleOriginAndDispute() throws Exception {
    JsonNode killed = mergedLine().get("killed");

    assertThat(killed.get("value").asLong()).isEqualTo(3);
    assertThat(killed.get("rule").asText()).isEqualTo("LATEST");
    assertThat(killed.get("doc").asText()).isEqualTo("courier-88");
    assertThat(killed.get("disputed").asBoolean()).isTrue();
    assertThat(mergedLine().get("injured").isNull()).isTrue();
  }

  @Test
  void writesEveryReportWithItsSourceAndDocument() throws Exception {
    JsonNode reports = mergedLine().get("reports");

    assertThat(reports).hasSize(2);
    assertThat(reports.get(0).get("doc").asText()).isEqualTo("ledger-0412");
    assertThat(reports.get(0).get("figure").asText()).isEqualTo("killed");
    assertThat(reports.get(0).get("count").get("value").asLong()).isEqualTo(2);
    assertThat(reports.get(0).get("source").asText()).isEqualTo("police; the coroner");
    assertThat(reports.get(0).get("published").asText()).isEqualTo("2024-03-09");
    assertThat(reports.get(1).get("count").get("value").asLong()).isEqualTo(3);
  }

  @Test
  void writesAnEmptyConflictListWhenThePlacesAndDatesAgree() throws Exception {
    assertThat(mergedLine().get("conflicts").isArray()).isTrue();
    assertThat(mergedLine().get("conflicts")).isEmpty();
  }

  @Test
  void writesEachConflictWithItsMembersPlacesDatesAndTie() throws Exception {
    String abroad = // the courier's town resolved to a namesake abroad
        COURIER
            .replace("\"region\": \"Ohio\"", "\"region\": \"Ontario\"")
            .replace("\"countryCode\": \"US\"", "\"countryCode\": \"CA\"")
            .replace("\"lat\": 40.1, \"lon\": -82.9", "\"lat\": 44.15, \"lon\": -78.45");
    FactsLines lines = FactsLines.of(new StringReader(FactsLinesTest.LEDGER + "\n" + abroad), "test.jsonl");
    Incident incident = IncidentMerger.create().merge(lines).incidents().get(0);
    JsonNode conflict =
        new ObjectMapper()
            .readTree(new IncidentJson(new ObjectMapper()).writeLine(incident))
            .get("conflicts")
            .get(0);

    assertThat(incident.members()).hasSize(2);
    assertThat(conflict.get("members").get(0).get("doc").asText()).isEqualTo("ledger-0412");
    assertThat(conflict.get("members").get(1).get("doc").asText()).isEqualTo("courier-88");
    assertThat(conflict.get("differ").get(0).asText()).isEqualTo("PLACE");
    assertThat(conflict.get("places").get(0).get("region").asText()).isEqualTo("Ohio");
    assertThat(conflict.get("places").get(1).get("countryCode").asText()).isEqualTo("CA");
    assertThat(conflict.get("dates").get(1).get("value").asText()).isEqualTo("2024-03-08");
    assertThat(conflict.get("tie").asText()).isEqualTo("PEOPLE");
    assertThat(conflict.get("people").get(0).asText()).isEqualTo("dale morrow");
  }
}
