package org.eventfacts.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageFurnitureTest {

  @Test
  void takesARelatedStoryLinkForFurniture() {
    assertThat(PageFurniture.isFurniture("RELATED: Two killed in overnight crash on Route 9")).isTrue();
    assertThat(PageFurniture.isFurniture("Read more: Why the bridge was closed")).isTrue();
  }

  @Test
  void takesACarouselThatRepeatsItsCaptionForFurniture() {
    String caption = "Two hurt as fire spreads through the old mill on River Road ";
    assertThat(PageFurniture.isFurniture(caption + "Photos " + caption + "More")).isTrue();
  }

  @Test
  void keepsAnArticleParagraphThatRepeatsAShortPhrase() {
    assertThat(
            PageFurniture.isFurniture(
                "The mayor said the city would rebuild. The fire chief said the city would"
                    + " rebuild the station first, and the council agreed to pay for it."))
        .isFalse();
  }

  @Test
  void keepsAnOrdinaryParagraph() {
    assertThat(PageFurniture.isFurniture("More than 30 people were hurt when the stand collapsed."))
        .isFalse();
  }
}
