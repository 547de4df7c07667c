package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Metadata;
import org.pressmark.source.Intake;

/** Titles of pages written in testdata/extract: site names, breadcrumbs and headlines around the title. */
class MetaTitleTest {

    private static Metadata meta(String file) throws Exception {
        return new HtmlExtractor().extract(new Intake().read(Path.of("testdata/extract", file), file)).metadata();
    }

    @Test
    void breadcrumbEntriesInJsonLdAreNeitherTheTitleNorTheSite() throws Exception {
        Metadata m = meta("news-breadcrumb-trail-in-json-ld.html");
        assertEquals("Tide Gauges Return to the Old Harbour Wall", m.title());
        assertEquals("The Weekly Quay", m.site());
    }

    @Test
    void aSiteNamePrintedTwiceAfterTheTitleIsLeftOut() throws Exception {
        assertEquals("B\u00e4ckerei Kornfeld Nord", meta("business-title-with-tagline-printed-twice.html").title());
    }

    @Test
    void theBlogNameAndArchiveLabelBeforeTheTitleAreLeftOut() throws Exception {
        assertEquals("Why the Broad Beans Came Up Late", meta("wordpress-classic-title-with-archive-label.html").title());
    }

    @Test
    void theSiteNameGluedToAShortHeadlineIsLeftOut() throws Exception {
        assertEquals("Lisbon", meta("travel-title-site-name-glued-to-place.html").title());
    }

    @Test
    void thePermalinkSignAfterAHeadingIsNotPartOfTheTitle() throws Exception {
        assertEquals("Reading the Tide Tables", meta("docs-heading-with-permalink-sign.html").title());
    }

    @Test
    void theKickerInsideAMicrodataHeadlineIsLeftOut() throws Exception {
        assertEquals("Was Pendler \u00fcber die F\u00e4hre zur Insel wissen m\u00fcssen",
                meta("news-microdata-headline-with-kicker.html").title());
    }

    @Test
    void theVisibleHeadlineWinsOverAMetadataTitleInOtherWords() throws Exception {
        assertEquals("Island commuters lose the late ferry crossing as council cuts timetable",
                meta("news-headline-reworded-in-metadata.html").title());
    }
}
