package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Inline;
import org.pressmark.output.BodyText;
import org.pressmark.source.Intake;

/** Body extraction on pages written in the shapes of page builders and news templates, in testdata/extract. */
class HtmlPlatformShapesTest {

    private static String text(String file) throws Exception {
        Article a = new HtmlExtractor().extract(new Intake().read(Path.of("testdata/extract", file), file));
        return HtmlPlainText.of(a.body());
    }

    @Test
    void elementorTextWidgetsAreBodyButItsShareWidgetIsNot() throws Exception {
        String text = text("elementor-about-page.html");
        assertTrue(text.contains("back room of the ferry café"), text);
        assertTrue(text.contains("ferry crews have become our most faithful listeners"), text);
        assertFalse(text.contains("Share on the social network"), text);
        assertFalse(text.contains("Recent posts"), text);
    }

    @Test
    void liveCommentaryOfAnEventIsTheTextButReadersCommentsAreNot() throws Exception {
        String text = text("sport-live-commentary.html");
        assertTrue(text.contains("Marta Ilves takes the stage by nine seconds"), text);
        assertTrue(text.contains("dust hangs over the peloton"), text);
        assertTrue(text.contains("breakaway keeps its lead"), text);
        assertFalse(text.contains("Best stage of the year"), text);
        assertFalse(text.contains("mistake by the organisers"), text);
    }

    @Test
    void textBoxesInTheRowsOfALayoutTableAreJoined() throws Exception {
        String text = text("site-builder-text-boxes-in-layout-table.html");
        assertTrue(text.contains("die grüne Versicherungskarte"), text);
        assertTrue(text.contains("an einsamen Tankstellen im Hochland"), text);
        assertTrue(text.contains("wie es die Schilder verlangen"), text);
        assertFalse(text.contains("Mietwagen"), text);
        assertFalse(text.contains("Wetter"), text);
    }

    @Test
    void embeddedPostsKeepTheirTextWhateverTheirWrapperIsNamed() throws Exception {
        String text = text("news-tweet-embeds.html");
        assertTrue(text.contains("best thing they have done all year"), text);
        assertTrue(text.contains("I sorted my glass for the first time today"), text);
        assertTrue(text.contains("end of the summer"), text);
        assertFalse(text.contains("Share"), text);
    }

    @Test
    void bodyColumnsOfRepeatedChunksAreJoined() throws Exception {
        String text = text("news-chunked-body.html");
        assertTrue(text.contains("one hundred and twelve steps"), text);
        assertTrue(text.contains("storm of the winter she arrived"), text);
        assertFalse(text.contains("Harbour wall repairs"), text);
        assertFalse(text.contains("Advertisement"), text);
    }

    @Test
    void slidesInBareWrappersAreJoined() throws Exception {
        String text = text("blog-slideshow-in-bare-wrappers.html");
        assertTrue(text.contains("ferries still run twice a day"), text);
        assertTrue(text.contains("older than the harbour town"), text);
        assertTrue(text.contains("second island has no cars"), text);
        assertTrue(text.contains("keeper's cottage"), text);
        assertFalse(text.contains("ADVERTISEMENT"), text);
        assertFalse(text.contains("small team of walkers"), text);
    }

    @Test
    void sectionsInRepeatedWrappersBetweenAdvertisementsAreJoined() throws Exception {
        String text = text("news-sections-between-ad-wrappers.html");
        assertTrue(text.contains("cable ferry leaves the west bank"), text);
        assertTrue(text.contains("price of the approach roads"), text);
        assertTrue(text.contains("planks of larch"), text);
        assertFalse(text.contains("More from the valley"), text);
        assertFalse(text.contains("sawmill that outlived"), text);
    }

    @Test
    void teasersOfOtherPagesWithLinkedHeadlinesLeaveTheBodyButTheLeadStays() throws Exception {
        String text = text("news-promo-teasers-in-body.html");
        assertTrue(text.contains("Ab dem kommenden Monat gelten"), text);
        assertTrue(text.contains("stichprobenartig"), text);
        assertTrue(text.contains("Übergangszeit von vier Wochen"), text);
        assertFalse(text.contains("Häufige Fragen"), text);
        assertFalse(text.contains("Antworten zu Kontrollen"), text);
        assertFalse(text.contains("Merkblatt"), text);
        assertFalse(text.contains("Weitere Hinweise als Download"), text);
    }

    @Test
    void teaserWithoutALinkedHeadlineThatLeadsOnWithALinkLeavesTheBody() throws Exception {
        String text = text("magazine-issue-teaser-in-body.html");
        assertTrue(text.contains("forty metres into the hill"), text);
        assertTrue(text.contains("autumn mists"), text);
        assertFalse(text.contains("Printed in"), text);
        assertFalse(text.contains("Spring special"), text);
        assertFalse(text.contains("To the magazine"), text);
    }

    @Test
    void bodyNamedForTheStickySidebarBesideItIsStillTheBody() throws Exception {
        String text = text("news-article-in-sticky-sidebar-layout.html");
        assertTrue(text.contains("fisherman's daughter"), text);
        assertTrue(text.contains("harbour lights"), text);
        assertFalse(text.contains("Ferry strike ends"), text);
        assertFalse(text.contains("newsletter brings the coast"), text);
    }

    @Test
    void callToActionBoxInTheBodyIsFurniture() throws Exception {
        String text = text("blog-post-call-to-action-box.html");
        assertTrue(text.contains("against the south wall"), text);
        assertTrue(text.contains("stores the warmth of the day"), text);
        assertFalse(text.contains("Tell us what you grow"), text);
    }

    @Test
    void contactBuyLicenceAndTeaserGroupBoxesInTheBodyAreFurniture() throws Exception {
        String text = text("news-publisher-boxes-in-body.html");
        assertTrue(text.contains("hundred and four steps"), text);
        assertTrue(text.contains("polish the brass on Sundays"), text);
        assertTrue(text.contains("does not expect to like it"), text);
        assertFalse(text.contains("printed edition"), text);
        assertFalse(text.contains("rights page"), text);
        assertFalse(text.contains("Press office"), text);
        assertFalse(text.contains("Telephone"), text);
        assertFalse(text.contains("Further reading from the coast"), text);
        assertFalse(text.contains("Counting seals"), text);
    }

    @Test
    void messageAfterTheMarkerWhereRestrictedContentStartsIsNotTheArticle() throws Exception {
        String text = text("news-restricted-content-message.html");
        assertTrue(text.contains("landing ramps"), text);
        assertTrue(text.contains("driving forty minutes round by the bridge"), text);
        assertFalse(text.contains("become a member"), text);
        assertFalse(text.contains("print edition"), text);
        assertFalse(text.contains("Sign in"), text);
    }

    @Test
    void cardsOfOtherPostsWithLinkedHeadlinesBesideTheTextLeaveTheBody() throws Exception {
        String text = text("blog-post-cards-beside-the-text.html");
        assertTrue(text.contains("mower had broken"), text);
        assertTrue(text.contains("eleven kinds of bee"), text);
        assertTrue(text.contains("drop its seed"), text);
        assertFalse(text.contains("Laying a hedge"), text);
        assertFalse(text.contains("billhooks"), text);
        assertFalse(text.contains("newts"), text);
    }

    @Test
    void linksBackToTheListingAreFurniture() throws Exception {
        String text = text("press-release-back-link.html");
        assertTrue(text.contains("old goods yard"), text);
        assertTrue(text.contains("bogies and pantographs"), text);
        assertFalse(text.contains("All press releases"), text);
        assertFalse(text.contains("Return to the newsroom"), text);
    }

    @Test
    void relatedPostsListLongerThanAShortPostStillLeavesTheBody() throws Exception {
        String text = text("blog-short-post-long-related-list.html");
        assertTrue(text.contains("wettest evening of the month"), text);
        assertTrue(text.contains("rain on the awnings"), text);
        assertFalse(text.contains("slow ferry"), text);
        assertFalse(text.contains("hairpin bends"), text);
        assertFalse(text.contains("lotus buds"), text);
    }

    @Test
    void numberedBlocksOfAnInsertionPluginLeaveThePostButCodeListingsStay() throws Exception {
        String text = text("wordpress-inserted-numbered-blocks.html");
        assertTrue(text.contains("reads almost like a sentence"), text);
        assertTrue(text.contains("tr -s ' '"), text);
        assertTrue(text.contains("find and xargs"), text);
        assertFalse(text.contains("share of what you buy"), text);
        assertFalse(text.contains("partner restaurants"), text);
        assertFalse(text.contains("free dessert"), text);
    }

    @Test
    void testimonialsAreNotTakenForThePageText() throws Exception {
        String text = text("business-page-testimonial-slider.html");
        assertTrue(text.contains("berate ich Handwerksbetriebe"), text);
        assertFalse(text.contains("Jahresabrechnung kein Albtraum"), text);
    }

    @Test
    void unnamedLeadBeforeTheBodyIsKeptWhenItOpensWithTheStatedDescription() throws Exception {
        String text = text("news-unnamed-lead-stated-as-description.html");
        assertTrue(text.contains("The island ferry will run four crossings a day"), text);
        assertTrue(text.indexOf("The island ferry") < text.indexOf("The operator announced"), text);
        assertFalse(text.contains("all rights reserved"), text);
    }

    @Test
    void paragraphThatIsOneLinkBetweenProseIsKeptButLinksAfterTheTextGo() throws Exception {
        String text = text("blog-single-link-paragraph-among-prose.html");
        assertTrue(text.contains("beachclean@example.org"), text);
        assertTrue(text.contains("tea is served at the slipway"), text);
        assertFalse(text.contains("Harbour wall repairs"), text);
        assertFalse(text.contains("How many storms"), text);
    }

    @Test
    void leadInsideThePostHeaderIsKeptWhileTheRestOfTheHeaderGoes() throws Exception {
        String text = text("news-header-lead.html");
        assertTrue(text.contains("Le misure dei glaciologi al rifugio"), text);
        assertTrue(text.indexOf("Le misure dei glaciologi") < text.indexOf("I glaciologi sono saliti"), text);
        assertFalse(text.contains("Laura Conti"), text);
    }

    @Test
    void excerptInTheHeaderBlockBeforeTheBodyIsItsLead() throws Exception {
        String text = text("blog-excerpt-in-header-block.html");
        assertTrue(text.startsWith("Wie viele Tage im Jahr dürfen Mitarbeiter fehlen"), text);
        assertFalse(text.contains("Jana Weber"), text);
    }

    @Test
    void excerptCutShortWithAnEllipsisIsATeaserNotALead() throws Exception {
        Document doc = Jsoup.parse("<div class='card-header'><div class='excerpt'>Elternzeit richtig planen: Wer "
                + "seine Elternzeit früh anmeldet, hat die besseren Karten, denn ...</div></div><div class='body-text'>"
                + "<p>" + "Ein Absatz mit genug Text, damit er als Artikel gilt, und noch ein Satz dazu. ".repeat(5)
                + "</p></div>");
        List<Element> roots = HtmlContent.findRoots(doc.body());
        assertEquals(1, roots.size());
        assertTrue(roots.get(0).hasClass("body-text"));
    }

    @Test
    void postFiledUnderTopicsNamedLikeFurnitureIsStillTheArticle() throws Exception {
        String text = text("wordpress-post-filed-under-popular.html");
        assertTrue(text.contains("Her pressing game was copied"), text);
        assertFalse(text.contains("written by volunteers"), text);
    }

    @Test
    void classicThemeFurnitureInsideThePostIsRemoved() throws Exception {
        String text = text("wordpress-classic-post-furniture.html");
        assertTrue(text.contains("mit der letzten Fähre hinübergefahren"), text);
        assertTrue(text.contains("donnerstags ist der Eintritt"), text);
        for (String furniture : List.of("Affiliate-Links", "Lesen Sie auch", "Weitere Beiträge aus dem Hafen", "Leuchtturm",
                "Spende", "Bewertungen", "veröffentlicht und unter", "Kommentare geschlossen")) {
            assertFalse(text.contains(furniture), furniture + " in: " + text);
        }
    }

    @Test
    void tagClassesNameFurnitureOutsideAPostsOwnClassList() {
        Document doc = Jsoup.parse("<div class='post type-post tag-sponsored'>x</div><span class='tag-sponsored'>y</span>");
        assertFalse(DomVocabulary.isFurnitureByName(doc.selectFirst("div")));
        assertTrue(DomVocabulary.isFurnitureByName(doc.selectFirst("span")));
    }

    @Test
    void listOfPicturesIsAGalleryOfFiguresNotAListOfText() throws Exception {
        Article a = new HtmlExtractor().extract(new Intake().read(Path.of("testdata/extract", "news-photo-gallery.html"),
                "news-photo-gallery.html"));
        List<Block.Figure> figures = a.body().stream().filter(b -> b instanceof Block.Figure)
                .map(b -> (Block.Figure) b).toList();
        assertEquals(2, figures.size());
        assertTrue(Inline.plainText(figures.get(0).caption()).startsWith("The first ferry of the season"));
        String text = BodyText.of(a.body());
        assertFalse(text.contains("first ferry of the season"), text);
        assertFalse(text.contains("Image 1 of"), text);
        assertFalse(text.contains("Close"), text);
        assertTrue(text.contains("Repairs took six weeks longer"), text);
        assertTrue(text.contains("Beat the butter and sugar"), "recipe steps with photos stay a list: " + text);
    }

    @Test
    void captionBesideAPictureOutsideAFigureIsACaptionNotText() throws Exception {
        Article a = new HtmlExtractor().extract(new Intake().read(
                Path.of("testdata/extract", "news-caption-beside-picture.html"), "news-caption-beside-picture.html"));
        String text = BodyText.of(a.body());
        assertTrue(text.contains("last of their kind"), text);
        assertTrue(text.contains("Painting will start in spring"), text);
        for (String notText : List.of("last used in 1987", "ARCHIVE", "at the foot of crane", "SEE MORE", "museum opens",
                "DON'T MISS")) {
            assertFalse(text.contains(notText), notText + " in: " + text);
        }
        assertTrue(a.body().stream().anyMatch(b -> b instanceof Block.Figure f
                && Inline.plainText(f.caption()).startsWith("Former dock workers")), "the caption stays with its figure");
    }

    @Test
    void linesThatAreOnlyThePublicationDateOrTheTaxonomyLeaveTheBody() throws Exception {
        String text = text("news-date-and-taxonomy-lines.html");
        assertTrue(text.contains("neue Fähre zu Wasser gelassen"), text);
        assertTrue(text.contains("Anmeldeschluss: 30.04.2021, 18 Uhr"), text);
        assertFalse(text.contains("06:45 Uhr"), text);
        assertFalse(text.contains("Aktualisiert am"), text);
        assertFalse(text.contains("Kategorie:"), text);
        assertFalse(text.contains("Schlagwörter"), text);
        assertFalse(text.contains("Artikel bewerten"), text);
    }

    @Test
    void paragraphOfTheDateOverTheCategoryLeavesTheBody() throws Exception {
        String text = text("news-date-over-category-in-one-paragraph.html");
        assertTrue(text.contains("Strom aus Wasserkraft"), text);
        assertTrue(text.contains("Maschinenraum"), text);
        assertFalse(text.contains("Kategorie"), text);
        assertFalse(text.contains("09:15"), text);
    }

    @Test
    void readingTimeLabelLeavesTheBody() throws Exception {
        String text = text("news-date-and-taxonomy-lines.html");
        assertTrue(text.contains("vierzig Autos"), text);
        assertFalse(text.contains("Lesezeit"), text);
    }

    @Test
    void ingredientsAndStepsMarkedUpAsARecipeAreTheBody() throws Exception {
        String text = text("recipe-card-microdata.html");
        assertTrue(text.contains("wholemeal rye flour"), text);
        assertTrue(text.contains("sound hollow when tapped"), text);
        assertTrue(text.contains("kitchen baked on Saturday"), text);
        assertFalse(text.contains("Our kitchen team answers"), text);
    }

    @Test
    void everyPostOfAVBulletinThreadIsTheBody() throws Exception {
        String text = text("forum-vbulletin-thread.html");
        assertTrue(text.contains("finds nothing above nine megahertz"), text);
        assertTrue(text.contains("switched the preamplifier off"), text);
        assertTrue(text.contains("evening stations are back"), text);
        assertFalse(text.contains("Similar threads"), text);
        assertFalse(text.contains("Senior Member"), text);
    }

    @Test
    void everyPostOfAXenForoThreadIsTheBodyButNotTheSignature() throws Exception {
        String text = text("forum-xenforo-thread.html");
        assertTrue(text.contains("im Frost umzusetzen"), text);
        assertTrue(text.contains("bis März in Ruhe"), text);
        assertFalse(text.contains("Gärtnern seit dreißig Jahren"), text);
        assertFalse(text.contains("Nutzungsbedingungen"), text);
    }

    @Test
    void pictureLegendSetAsItsOwnParagraphLeavesTheText() throws Exception {
        String text = text("news-figure-legends-as-paragraphs.html");
        assertTrue(text.contains("flache Nebelschicht"), text);
        assertTrue(text.contains("löst sich die Schicht"), text);
        assertFalse(text.contains("Abbildung 2"), text);
    }

    @Test
    void textModulesOfLinesWithoutParagraphsOutweighAProductBoxBesideThem() throws Exception {
        String text = text("magazine-text-modules-without-paragraphs.html");
        assertTrue(text.contains("joint the edge with the file held square"), text);
        assertTrue(text.contains("Test the burr with your thumb"), text);
        assertTrue(text.contains("It takes less time to fix than you think"), text);
    }

    @Test
    void bodyColumnNamedForTheSidebarLayoutAroundItIsStillScored() throws Exception {
        String text = text("news-body-in-column-named-for-sidebar-layout.html");
        assertTrue(text.contains("restoring a flooded village"), text);
        assertTrue(text.contains("two weeks before the club's spring break"), text);
        assertFalse(text.contains("Puzzles of the month"), text);
    }

    @Test
    void productDescriptionMarkedUpAsMicrodataIsTheTextOfAShopPage() throws Exception {
        String text = text("shop-product-microdata-description.html");
        assertTrue(text.contains("Malty, honeyed, a hint of smoke"), text);
        assertTrue(text.contains("enough for about a hundred cups"), text);
        assertFalse(text.contains("my everyday cup"), text);
    }

    @Test
    void articleThatScriptsDrawIsReadFromTheArticleBodyItsJsonLdStates() throws Exception {
        String text = text("script-drawn-news-stated-as-json-ld.html");
        assertTrue(text.contains("carried its first passengers of the year"), text);
        assertTrue(text.contains("cyclists ride free until the end of May"), text);
        assertFalse(text.contains("Loading"), text);
    }

    @Test
    void howToThatScriptsDrawIsReadFromTheDescriptionAndStepsItsJsonLdStates() throws Exception {
        String text = text("script-drawn-howto-stated-as-json-ld.html");
        assertTrue(text.contains("a bundle of cane and a few pegs"), text);
        assertTrue(text.contains("Step 1: Remove the old cane"), text);
        assertTrue(text.contains("push the stubs out of the holes"), text);
        assertTrue(text.contains("keep them wet while you work"), text);
        assertFalse(text.contains("full experience"), text);
    }

    @Test
    void quotesInASliderAreNotTakenForThePageText() throws Exception {
        String text = text("landing-page-quote-slider.html");
        assertTrue(text.contains("name each plot as your members know it"), text);
        assertTrue(text.contains("offered to them in order, by email"), text);
        assertFalse(text.contains("committee meets half as often"), text);
    }

    @Test
    void linkedHeadlineOfAMediaItemDoesNotWidenTheBodyToItsColumn() throws Exception {
        String text = text("news-linked-media-headline-beside-body.html");
        assertTrue(text.contains("they shrink every year"), text);
        assertTrue(text.contains("Aminata Sowande"), text);
        assertFalse(text.contains("Permalink"), text);
    }
}
