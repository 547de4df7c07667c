package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.pressmark.model.Metadata;

class MetaExtractorTest {

    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    private static Metadata meta(String html) {
        return MetaExtractor.extract(Jsoup.parse(html), NOW);
    }

    @Test
    void jsonLdWinsOverOpenGraphAndRecordsItsOrigin() {
        Metadata m = meta("<html><head><meta property='og:title' content='OG title'>"
                + "<script type='application/ld+json'>[{\"@type\":\"BlogPosting\",\"headline\":\"LD title\","
                + "\"author\":{\"@id\":\"#p\"}},{\"@type\":\"Person\",\"@id\":\"#p\",\"name\":\"Ada Byrne\"}]</script>"
                + "</head><body><p>x</p></body></html>");
        assertEquals("LD title", m.title());
        assertEquals(Metadata.Origin.JSON_LD, m.origins().get(Metadata.Field.TITLE));
        assertEquals(List.of("Ada Byrne"), m.authors());
    }

    @Test
    void invalidJsonLdIsSkippedAndTheNextSourceUsed() {
        Metadata m = meta("<html><head><script type='application/ld+json'>{\"headline\": broken</script>"
                + "<meta property='og:title' content='From OG'></head><body></body></html>");
        assertEquals("From OG", m.title());
        assertEquals(Metadata.Origin.OPENGRAPH, m.origins().get(Metadata.Field.TITLE));
    }

    @Test
    void titleLosesTheSiteNameSuffix() {
        assertEquals("Post", MetaExtractor.stripSiteName("Post | My Site", "My Site", false));
        assertEquals("A post", MetaExtractor.stripSiteName("A post :: Site", null, true));
        assertEquals("A long post title", MetaExtractor.stripSiteName("A long post title \u00BB Blog", null, true));
        assertEquals("Post", MetaExtractor.stripSiteName("My Blog: Post", "My Blog", true));
        assertEquals("Short - a much longer second part", MetaExtractor.stripSiteName(
                "Short - a much longer second part", "Other", true));
    }

    @Test
    void bylinesAreCleanedAndSplit() {
        assertEquals(List.of("Ana Lima", "Jo\u00e3o Reis"), MetaExtractor.cleanAuthors("By Ana Lima and Jo\u00e3o Reis"));
        assertEquals(List.of("Marta Quill"), MetaExtractor.cleanAuthors("Posted by Marta Quill at 9:30 AM"));
        assertEquals(List.of("Sam Ode"), MetaExtractor.cleanAuthors("Sam Ode, Staff Writer"));
        assertEquals(List.of("Lee Park"), MetaExtractor.cleanAuthors("by Lee Park on March 3, 2022"));
    }

    @Test
    void datesOfCommentsRelatedPostsAndTheFutureAreNotThePostsDate() {
        Metadata m = meta("<html><body><div class='related'><time datetime='2023-01-01'>x</time></div>"
                + "<article><h1>T</h1><p>text</p><time datetime='2030-01-01'>future</time></article>"
                + "<div id='comments'><time datetime='2022-05-05'>c</time></div></body></html>");
        assertNull(m.published());
    }

    @Test
    void headerTimeIsThePublishedDate() {
        Metadata m = meta("<html><body><div class='related'><time datetime='2023-01-01'>x</time></div>"
                + "<article><header><h1>T</h1><time datetime='2022-02-03T10:00:00+01:00'>d</time></header>"
                + "<p>text</p></article></body></html>");
        assertEquals("2022-02-03T10:00:00+01:00", m.published().iso());
        assertEquals(Metadata.Origin.MARKUP, m.origins().get(Metadata.Field.PUBLISHED));
    }

    @Test
    void languageLabelsBecomeBcp47Tags() {
        assertEquals("pt-BR", MetaExtractor.languageTag("pt_br"));
        assertEquals("en-US", MetaExtractor.languageTag("EN-us"));
        assertEquals("he", MetaExtractor.languageTag("he"));
        assertNull(MetaExtractor.languageTag(""));
    }

    @Test
    void articleAuthorUrlIsNotAName() {
        Metadata m = meta("<html><head><meta property='article:author' content='https://facebook.example/ann'>"
                + "<meta name='author' content='Ann Vey'></head><body></body></html>");
        assertEquals(List.of("Ann Vey"), m.authors());
        assertEquals(Metadata.Origin.META, m.origins().get(Metadata.Field.AUTHORS));
    }

    @Test
    void headlineWinsOverAMetadataTitleThatWrapsItWithKickerAndSiteName() {
        Metadata m = meta("<html><head><title>Harbour - Ferry sails again after eleven years | Coast Daily</title>"
                + "<meta property='og:title' content='Harbour: Ferry sails again after eleven years'></head>"
                + "<body><article><h1>Ferry sails again after eleven years</h1><p>Text.</p></article></body></html>");
        assertEquals("Ferry sails again after eleven years", m.title());
        assertEquals(Metadata.Origin.MARKUP, m.origins().get(Metadata.Field.TITLE));
    }

    @Test
    void titleThatNamesTheSiteOrSectionGivesWayToTheHeadline() {
        Metadata m = meta("<html><head><meta property='og:site_name' content='Coast Daily'>"
                + "<meta property='og:title' content='Coast Daily'><title>Press releases</title></head>"
                + "<body><div class='content'><h1>Council approves the new harbour timetable</h1>"
                + "<p>Text.</p></div></body></html>");
        assertEquals("Council approves the new harbour timetable", m.title());
    }

    @Test
    void titleEscapedTwiceIsDecoded() {
        Metadata m = meta("<html><head><meta property='og:title' content='Ann&amp;#039;s ferry &amp;amp; boats'>"
                + "</head><body><p>x</p></body></html>");
        assertEquals("Ann's ferry & boats", m.title());
    }

    @Test
    void dateLineNextToTheHeadlineIsThePublishedDate() {
        Metadata m = meta("<html><body><div class='main'><h1>Neue Karte f\u00fcr den Hafen</h1>"
                + "<p><small>04.02.2022 | 13:10 Uhr</small></p><p>Am 9. Januar 2022 begann die Arbeit.</p>"
                + "</div><div class='related'><p>Andere Meldung</p><p>01.03.2022</p></div></body></html>");
        assertEquals("2022-02-04", m.published().iso());
        assertEquals(Metadata.Origin.TEXT, m.origins().get(Metadata.Field.PUBLISHED));
    }

    @Test
    void dateInsideRunningTextIsNotThePublishedDate() {
        Metadata m = meta("<html><body><div class='main'><h1>Neue Karte f\u00fcr den Hafen</h1>"
                + "<p>Die Stadt teilte mit, dass die Bauarbeiten am Kai nach langer Planung endlich am"
                + " 9. Januar 2022 begonnen haben und bis zum Sommer dauern sollen, wenn das Wetter mitspielt.</p>"
                + "</div></body></html>");
        assertNull(m.published());
    }

    @Test
    void footerOfThePostStillCountsButTheSiteFooterDoesNot() {
        Metadata m = meta("<html><body><div class='article' itemscope itemtype='http://schema.org/Article'>"
                + "<h2 itemprop='headline'>T</h2><div class='footer'><time itemprop='datePublished' "
                + "datetime='2022-01-21'>21.01.2022</time></div></div>"
                + "<div class='footer'><time datetime='2023-05-05'>x</time></div></body></html>");
        assertEquals("2022-01-21", m.published().iso());
    }

    @Test
    void bylineBesideTheHeadlineGivesTheAuthorsInAnyCommonLanguage() {
        Metadata m = meta("<html><body><div class='main'><h1>Neue Karte f\u00fcr den Hafen</h1>"
                + "<p>Von Uta Berg und Jan Koch</p><p>Text.</p></div></body></html>");
        assertEquals(List.of("Uta Berg", "Jan Koch"), m.authors());
        assertEquals(Metadata.Origin.TEXT, m.origins().get(Metadata.Field.AUTHORS));
    }

    @Test
    void bylineListingSeveralNamesWithCommasGivesEveryName() {
        Metadata m = meta("<html><body><div class='main'><h1>Neue Karte f\u00fcr den Hafen</h1>"
                + "<p>Von Uta Berg, Jan Peter Koch und Lia Ott, Radio Nord</p><p>Text.</p></div></body></html>");
        assertEquals(List.of("Uta Berg", "Jan Peter Koch", "Lia Ott"), m.authors());
    }

    @Test
    void aPlaceAfterTheCommaOfABylineIsNoName() {
        Metadata m = meta("<html><body><div class='main'><h1>Ferry sails again</h1>"
                + "<p>By Ann Lee, New York</p><p>Text.</p></div></body></html>");
        assertEquals(List.of("Ann Lee"), m.authors());
        assertEquals("", MetaExtractor.commaListTail(", Berlin"));
        assertEquals(", Tom Reyes and Kim Ode", MetaExtractor.commaListTail(", Tom Reyes and Kim Ode, Berlin"));
    }

    @Test
    void prepositionInsideASentenceIsNoByline() {
        Metadata m = meta("<html><body><div class='main'><h1>Neue Karte f\u00fcr den Hafen</h1>"
                + "<p>Die Bilder von Nordkoreas Hafen wurden gezeigt.</p><p>Mary Magdalene by Titian</p>"
                + "</div></body></html>");
        assertEquals(List.of(), m.authors());
    }

    @Test
    void bylineLabelOnItsOwnLineTakesTheNextLine() {
        Metadata m = meta("<html><body><div class='main'><h1>Der lange Weg zum Strom</h1>"
                + "<dl><dt>Datum:</dt><dd>03.11.2021</dd><dt>Autor:</dt><dd>Peter Lind</dd></dl>"
                + "<p>Text.</p></div></body></html>");
        assertEquals(List.of("Peter Lind"), m.authors());
        assertEquals("2021-11-03", m.published().iso());
    }

    @Test
    void nameAloneInTheDateLineIsTheAuthor() {
        Metadata m = meta("<html><body><div class='main'><small>04.02.2022 | 13:10 Uhr | Uta Berg</small>"
                + "<h1>Stellungnahme zum Pilotjahr</h1><p>Text.</p></div></body></html>");
        assertEquals(List.of("Uta Berg"), m.authors());
    }

    @Test
    void elementNamedAuthorByItsClassGivesTheName() {
        Metadata m = meta("<html><body><article><h1>Zaubernuss im Winter</h1><p>Text.</p>"
                + "<section class='c-article__credits'>Text: <span class='c-article-card__author'>Ursula Eck"
                + "</span></section></article><div class='author-bio'>Lars Nemo writes about gardens.</div>"
                + "</body></html>");
        assertEquals(List.of("Ursula Eck"), m.authors());
    }

    @Test
    void headingThatRepeatsTheSiteNameIsNotTheHeadline() {
        Metadata m = meta("<html><head><title>Vegetarian by choice? A comparison | Ethica</title></head>"
                + "<body><h1>Ethica</h1><div class='content'><p>Text.</p></div></body></html>");
        assertEquals("Vegetarian by choice? A comparison", m.title());
    }

    @Test
    void authorThatIsTheSiteGivesWayToTheBylineOfAPerson() {
        Metadata m = meta("<html><head><meta property='og:site_name' content='Coast Daily'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Ferry sails again\","
                + "\"author\":{\"@type\":\"Organization\",\"name\":\"Coast Daily\"}}</script></head>"
                + "<body><article><h1>Ferry sails again</h1><p>By Ann Lee</p><p>Text.</p></article></body></html>");
        assertEquals(List.of("Ann Lee"), m.authors());
        Metadata alone = meta("<html><head><meta name='author' content='coastdaily.example'></head>"
                + "<body><p>x</p></body></html>");
        assertEquals(List.of("coastdaily.example"), alone.authors());
    }

    @Test
    void utcTimeOnTheNextDayGivesWayToTheDayThePageShows() {
        Metadata m = meta("<html><head><meta property='article:published_time' content='2020-02-25T02:25:54Z'>"
                + "</head><body><article><h1>Ferry sails again</h1><p>February 24, 2020</p><p>Text.</p>"
                + "</article></body></html>");
        assertEquals("2020-02-24", m.published().iso());
        Metadata far = meta("<html><head><meta property='article:published_time' content='2020-02-25T02:25:54Z'>"
                + "</head><body><article><h1>Ferry sails again</h1><p>The harbour master said the ferry, which had "
                + "been stuck since February 20, 2020, was repaired over the weekend by the crew.</p></article></body></html>");
        assertEquals("2020-02-25T02:25:54Z", far.published().iso());
    }

    @Test
    void jsonLdHeadlineThatNoOtherTitleBacksGivesWayToTheHeadline() {
        Metadata m = meta("<html><head><title>Saltmere - Coastpedia</title>"
                + "<script type='application/ld+json'>{\"@type\":\"Article\",\"name\":\"Saltmere\","
                + "\"headline\":\"small harbour town on the north coast\"}</script></head>"
                + "<body><h1>Saltmere</h1><div class='content'><p>Text.</p></div></body></html>");
        assertEquals("Saltmere", m.title());
        assertEquals(Metadata.Origin.MARKUP, m.origins().get(Metadata.Field.TITLE));
    }

    @Test
    void htmlLangOverrulesADefaultOgLocale() {
        Metadata m = meta("<html lang='de'><head><meta property='og:locale' content='en_US'></head>"
                + "<body><p>x</p></body></html>");
        assertEquals("de", m.language());
        assertEquals(Metadata.Origin.MARKUP, m.origins().get(Metadata.Field.LANGUAGE));
    }

    @Test
    void languageIsGuessedFromTheTextWhenNoMarkupGivesIt() {
        Metadata m = meta("<html><body><div class='main'><h1>Der Hafen ist wieder offen</h1>"
                + "<p>Die F\u00e4hre f\u00e4hrt wieder, und das ist auch f\u00fcr die Stadt eine gute Nachricht. Der "
                + "Rat hat sich mit den Fischern auf einen Fahrplan geeinigt, der nicht nur im Sommer gilt.</p>"
                + "</div></body></html>");
        assertEquals("de", m.language());
        assertEquals(Metadata.Origin.TEXT, m.origins().get(Metadata.Field.LANGUAGE));
        assertNull(meta("<html><body><h1>Hafen</h1><p>Fahrplan 2024</p></body></html>").language());
    }

    @Test
    void layoutClassesOnTheBodyDoNotHideThePost() {
        Metadata m = meta("<html><body class='single sidebar-right'><article><h1>Besuchte Seiten anzeigen</h1>"
                + "<p>29. Juni 2017 \u00b7 von <a rel='author' href='/a/t'>Tobi Rahn</a></p><p>Text.</p>"
                + "</article><div class='sidebar'><p>Von Lars Nemo</p></div></body></html>");
        assertEquals("Besuchte Seiten anzeigen", m.title());
        assertEquals(List.of("Tobi Rahn"), m.authors());
        assertEquals("2017-06-29", m.published().iso());
    }

    @Test
    void theDateLineBesideTheHeadlineOverrulesAMetadataDateOfAnotherDay() {
        Metadata m = meta("<html><head><meta property='article:published_time' content='2022-11-17T10:33:13Z'>"
                + "</head><body><main><h1>Eignet sich eine W\u00e4rmepumpe im Altbau?</h1><p>von Ina Roth</p>"
                + "<p>09.03.2022</p><p>W\u00e4rmepumpen nutzen die Energie der Umwelt und heizen damit das Haus.</p>"
                + "</main></body></html>");
        assertEquals("2022-03-09", m.published().iso());
        assertEquals(Metadata.Origin.TEXT, m.origins().get(Metadata.Field.PUBLISHED));
    }

    @Test
    void aDateInsideASentenceBelowTheHeadlineDoesNotOverruleTheMetadata() {
        Metadata m = meta("<html><head><meta property='article:published_time' content='2023-11-01T08:16:57+01:00'>"
                + "</head><body><main><h1>Einbruch in der Nordstra\u00dfe</h1><p>Am 31.10.2023, gegen 23:40 Uhr, kam es in "
                + "der Nordstra\u00dfe zu einem versuchten Einbruch in eine Wohnung im ersten Stock.</p></main></body></html>");
        assertEquals("2023-11-01T08:16:57+01:00", m.published().iso());
    }

    @Test
    void aPostWithoutOtherDatesTakesTheDayInItsUrl() {
        Metadata m = meta("<html><head><link rel='canonical' href='https://example.org/2021/10/20/zentrum-eroeffnet/'>"
                + "</head><body><article><h1>Zentrum er\u00f6ffnet</h1><p>Text.</p></article></body></html>");
        assertEquals("2021-10-20", m.published().iso());
        assertNull(meta("<html><head><link rel='canonical' href='https://example.org/2021/13/20/x/'></head>"
                + "<body><p>Text.</p></body></html>").published());
    }

    @Test
    void aLastUrlSegmentThatIsADayWithDashesGivesTheDate() {
        Metadata m = meta("<html><head><link rel='canonical' href='https://example.org/meldungen/17-03-2020'>"
                + "</head><body><article><h1>Zentrum er\u00f6ffnet</h1><p>Text.</p></article></body></html>");
        assertEquals("2020-03-17", m.published().iso());
        assertEquals("2020-03-17", MetaExtractor.segmentDate("/news/03-17-2020/"));
        assertEquals("2019-11-02", MetaExtractor.segmentDate("/notes/2019-11-02.html"));
        assertNull(MetaExtractor.segmentDate("/news/04-05-2020"));
        assertNull(MetaExtractor.segmentDate("/news/2020-03-17-opening"));
    }

    @Test
    void aMenuWrapperAroundTheMainElementStillHoldsTheHeadlineAndItsDateLine() {
        Metadata m = meta("<html><head><title>Hafen: Neue Regeln | Amt</title></head><body>"
                + "<div class='menu-overlay-wrapper'><main><h1 class='sr-only'>Willkommen beim Amt</h1>"
                + "<header><h1><span>Hafen: Neue Regeln</span></h1><span>Stand - 08.09.2020</span></header>"
                + "<p>Text.</p></main></div></body></html>");
        assertEquals("2020-09-08", m.published().iso());
    }

    @Test
    void anH3ThatIsTheWholeTitleIsTheHeadlineWhenThePageHasNoH1OrH2() {
        Metadata m = meta("<html><head><meta property='og:title' content='Neue Wege im Hafen'></head><body>"
                + "<div><h3>Neue Wege im Hafen</h3><div class='info'><span>14. Sept. 2020</span></div>"
                + "<p>Text.</p></div></body></html>");
        assertEquals("2020-09-14", m.published().iso());
    }

    @Test
    void aSideColumnInsideTheArticleIsPartOfThePost() {
        Metadata m = meta("<html><body><article><h1>Le port la nuit</h1><div class='episode-sidebar'>"
                + "<ul><li><p>Mise en ligne</p><p>4 mars 2018</p></li></ul></div><p>Texte.</p></article>"
                + "<div class='sidebar'><p>Mise en ligne</p><p>9 avril 2017</p></div></body></html>");
        assertEquals("2018-03-04", m.published().iso());
    }

    @Test
    void aDateLineNamingTheWritingDayBeforeTheUpdateIsShownToReaders() {
        Metadata m = meta("<html><head><meta property='article:published_time' content='2019-05-01T08:00:00+09:00'>"
                + "</head><body><article><h1>Snow expected on the coast</h1><p class='date'>Written: 2019-05-04 10:12:00"
                + " / Updated: 2019-05-04 11:40:10</p><p>Text.</p></article></body></html>");
        assertEquals("2019-05-04", m.published().date().toString());
    }

    @Test
    void aLayoutNamedForItsSidebarAroundTheHeadlineIsThePage() {
        Metadata m = meta("<html><head><title>Le port la nuit | Revue</title></head><body>"
                + "<div class='layout-one-sidebar-left'><div class='content'><h1>Le port la nuit</h1>"
                + "<div><span>Par Lou Marin</span> <span>le 12 juin 2018</span></div><p>Texte.</p></div>"
                + "<div class='region-second'><p>Liens</p></div></div></body></html>");
        assertEquals("2018-06-12", m.published().iso());
        assertEquals(List.of("Lou Marin"), m.authors());
    }

    @Test
    void dateMarkupIsReadInOtherLanguagesAndFromTimeElementsWithoutAttribute() {
        Metadata blogger = meta("<html><body><div class='blog-posts hfeed'><h2 class='date-header'><span>Samstag, "
                + "5. Oktober 2013</span></h2><div class='post hentry'><h3 class='post-title'>Interview</h3>"
                + "<div class='post-body'>Text.</div></div></div></body></html>");
        assertEquals("2013-10-05", blogger.published().iso());
        Metadata time = meta("<html><body><article><header><h1>Ein Fest im Wendland</h1><time>Published on August 19, "
                + "2019</time></header><p>Text.</p></article></body></html>");
        assertEquals("2019-08-19", time.published().iso());
        Metadata abbr = meta("<html><body><div class='hentry'><h2 class='entry-title'>Krimi</h2><abbr class='published' "
                + "title='06-08-2009T14:12:32+0200'>6. August 2009</abbr><p>Text.</p></div></body></html>");
        assertEquals("2009-08-06", abbr.published().iso());
    }

    @Test
    void aTitlePartNamingThePagesHostIsNoPartOfTheTitle() {
        assertEquals("Green deal", MetaExtractor.stripSiteName("Green deal - Harbor42", null, "harbor42.org", false));
        assertEquals("Rain in the south", MetaExtractor.stripSiteName("Rain in the south - La Gazzetta Nord", null,
                "www.lagazzettanord.it", false));
        assertEquals("Autoh\u00e4user", MetaExtractor.stripSiteName("Autoh\u00e4user | KREISBLATT.DE", null,
                "www.kreisblatt.de", false));
        assertEquals("Nummer zwei: Leo", MetaExtractor.stripSiteName("wolkenfunk \u00bb Nummer zwei: Leo", null,
                "wolkenfunk.de", false));
        assertEquals("Interning", MetaExtractor.stripSiteName("Blog Archive \u00bb Interning", null, "example.eu", true));
        // what is left once the host is gone is not cut again by the lenient guess
        assertEquals("Hund vertreibt Einbrecher \u2013 Zeugenaufruf", MetaExtractor.stripSiteName(
                "Hund vertreibt Einbrecher \u2013 Zeugenaufruf \u2013 Hildesheimer Presse", null,
                "hildesheimer-presse.de", true));
        assertEquals("Rain - BBC Weather", MetaExtractor.stripSiteName("Rain - BBC Weather", null, "www.bbc.co.uk", false),
                "a short host name must match the part exactly");
    }

    @Test
    void theKickerInsideTheHeadlineIsNotPartOfTheTitle() {
        Metadata m = meta("<html><head><meta property='og:title' content='Corona-Pandemie - \u201eEs kommt darauf an\u201c'>"
                + "</head><body><article><h1><span class='teaser__kicker'>Corona-Pandemie</span><span "
                + "class='visually-hidden'> - </span><span>\u201eEs kommt darauf an\u201c</span></h1><p>Text.</p>"
                + "</article></body></html>");
        assertEquals("\u201eEs kommt darauf an\u201c", m.title());
        Metadata plain = meta("<html><head><meta property='og:title' content='Nach Lockerungen: Autoh\u00e4user rechnen "
                + "mit wenig'></head><body><h1><span class='dachzeile'>Nach Lockerungen</span> <span class='headline'>"
                + "Autoh\u00e4user rechnen mit wenig</span></h1><p>Text.</p></body></html>");
        assertEquals("Autoh\u00e4user rechnen mit wenig", plain.title());
    }

    @Test
    void aLineGivingTheDayOfTheLastUpdateDoesNotOverruleThePublicationDate() {
        Metadata m = meta("<html><head><meta property='article:published_time' content='2020-07-10T14:15:42Z'>"
                + "</head><body><article><h1>New video features for teams</h1><p>Last Updated: January 7, 2024</p>"
                + "<p>Text.</p></article></body></html>");
        assertEquals("2020-07-10T14:15:42Z", m.published().iso());
        Metadata both = meta("<html><head><meta property='article:published_time' content='2023-11-02T15:00:00+01:00'>"
                + "</head><body><article><h1>Mayor wins again</h1><p>PUBLISHED: November 8, 2023 | UPDATED: November 9, "
                + "2023</p><p>Text.</p></article></body></html>");
        assertEquals("2023-11-08", both.published().iso());
    }

    @Test
    void anOrganizationOrTheHostAsAuthorGivesWayToAPersonNamedInTheByline() {
        Metadata org = meta("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Goats on the island\",\"author\":{\"@type\":\"Organization\",\"name\":\"Geo Magazine\"}}</script>"
                + "</head><body><article><h1>Goats on the island</h1><p class='byline'>By Mia Holt</p><p>Text.</p>"
                + "</article></body></html>");
        assertEquals(List.of("Mia Holt"), org.authors());
        Metadata host = meta("<html><head><link rel='canonical' href='https://www.l-mag.de/x/'>"
                + "<meta name='author' content='L-MAG'></head><body><article><h1>Gedenken</h1><p class='byline'>Von "
                + "Clara Lind</p><p>Text.</p></article></body></html>");
        assertEquals(List.of("Clara Lind"), host.authors());
        Metadata alone = meta("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Goats\",\"author\":{\"@type\":\"Organization\",\"name\":\"Geo Magazine\"}}</script></head>"
                + "<body><p>Text.</p></body></html>");
        assertEquals(List.of("Geo Magazine"), alone.authors());
    }

    @Test
    void aTextCreditBelowTheHeadlineNamesTheAuthor() {
        Metadata m = meta("<html><body><article><h1>Der historische Purzelbaum</h1><p><em>Text von Christa Sailer</em>"
                + "</p><p>Als ich das vorletzte Mal in Leipzig war, regnete es den ganzen Tag.</p></article></body></html>");
        assertEquals(List.of("Christa Sailer"), m.authors());
    }

    @Test
    void anArticleWithAHeadlineIsThePostThoughItsClassesNameASidebar() {
        Metadata m = meta("<html><body><div class='main'><article class='article sticky-sidebar-parent'><header>"
                + "<h1 class='headline'>Court swears in a new justice</h1><div class='wrap-byline'><span class='byline'>By "
                + "<a href='/writers/ena-brook/'>Ena Brook</a></span> <span class='date'>8 January 2020, 3:51 pm</span>"
                + "</div></header><p>Text.</p></article><div class='sidebar'><p class='byline'>By Otto Ray</p></div>"
                + "</div></body></html>");
        assertEquals(List.of("Ena Brook"), m.authors());
        assertEquals("2020-01-08", m.published().iso());
    }

    @Test
    void anEditorialCreditAfterTheDateLineNamesTheAuthor() {
        Metadata m = meta("<html><body><div class='news-single-item'><div class='timedata'>05.02.2020 <span>- Redaktion: "
                + "Ebba Faust (Pressesprecherin)</span></div><h1>Faire Lieferketten</h1><p>Text.</p></div></body></html>");
        assertEquals(List.of("Ebba Faust"), m.authors());
    }

    @Test
    void theLongestH1ThatTheTitleHoldsIsTheHeadline() {
        Metadata m = meta("<html><head><title>Zoll online - Fachmeldungen - Verk\u00fcndung des Steuergesetzes</title>"
                + "</head><body><h1 class='aural'>Zoll</h1><h1 class='buehne'>Fachmeldungen</h1><div class='content'>"
                + "<h1>Verk\u00fcndung des Steuergesetzes</h1><p>Text.</p></div></body></html>");
        assertEquals("Verk\u00fcndung des Steuergesetzes", m.title());
    }

    @Test
    void aTitlePushedIntoTheBodyByServerWarningsIsStillThePagesTitle() {
        Metadata m = meta("<br /><b>Warning</b>: mysql_connect(): Access denied<br />\n<!DOCTYPE html><html><head>"
                + "<title>Alles Neue macht der Mai | Bibliothek und mehr</title></head><body><div><h2>Alles Neue macht der "
                + "Mai</h2><p>Text.</p></div><svg><title>Icon</title></svg></body></html>");
        assertEquals("Alles Neue macht der Mai", m.title());
    }

    @Test
    void rdfaAndMicrodataAroundThePostGiveItsDate() {
        Metadata rdfa = meta("<html><body><article class='node'><h1>Wachstum</h1><footer><div class='node__submitted'>"
                + "<span class='post-created'>28.01.22</span><span property='schema:dateCreated' "
                + "content='2022-01-28T12:45:46+00:00' class='rdf-meta hidden'></span></div></footer><p>Text.</p>"
                + "</article></body></html>");
        assertEquals("2022-01-28T12:45:46Z", rdfa.published().iso());
        Metadata outside = meta("<html><body><div itemscope itemtype='http://schema.org/Article'><meta itemprop="
                + "'datePublished' content='2022-01-21'><main><article><h1>Holzhandel</h1><p itemprop='description'>"
                + "Kurz.</p><p>Text.</p></article></main></div></body></html>");
        assertEquals("2022-01-21", outside.published().iso());
    }

    @Test
    void aPostsCategoryClassesDoNotMakeItOtherContent() {
        Metadata m = meta("<html><body><div class='post type-post category-popular tag-related'><h1>Top 10 women "
                + "talking sports</h1><p>January 22, 2014</p><p>Text.</p></div></body></html>");
        assertEquals("2014-01-22", m.published().iso());
    }

    @Test
    void labelledDatesAndAuthorsAnywhereInThePostAreTheLastResort() {
        Metadata m = meta("<html><body><div class='story'><h1>Trinkwasser belastet</h1><p>Das Wasser muss abgekocht "
                + "werden, teilt die Gemeinde mit.</p><p>Erstellt am: 01.11.2023</p><div class='info'><span>Datum:</span>"
                + "<br><span>Autor:</span> Fritz Imhof<br></div></div></body></html>");
        assertEquals("2023-11-01", m.published().iso());
        assertEquals(List.of("Fritz Imhof"), m.authors());
        Metadata split = meta("<html><body><ul><li><p>Mise en ligne</p><p>23 mai 2019</p></li></ul><p>Texte.</p>"
                + "</body></html>");
        assertEquals("2019-05-23", split.published().iso());
    }

    @Test
    void aHeadlineThatIsOnlyTheStartOfTheTitleDoesNotReplaceIt() {
        Metadata possessive = meta("<html><head><meta property='og:title' content=\"Lupa Nyan's Pearl Dress -- STOLEN!\">"
                + "</head><body><div class='post'><h2 class='headline'>Lupa Nyan</h2><p>Text.</p></div>"
                + "<h1>Lupa Nyan</h1></body></html>");
        assertEquals("Lupa Nyan's Pearl Dress -- STOLEN!", possessive.title());
        Metadata leadIn = meta("<html><head><meta property='og:title' content='The Open Journalism Project: Better "
                + "Student Journalism'></head><body><h1>Open Journalism Project:</h1><p>Text.</p></body></html>");
        assertEquals("The Open Journalism Project: Better Student Journalism", leadIn.title());
    }

    @Test
    void aHeadlineThatGoesOnFromTheMetadataTitleIsTheTitle() {
        Metadata m = meta("<html><head><meta property='og:title' content='Ultium Cells raises capacity - Cell News'>"
                + "<link rel='canonical' href='https://cell-news.example/x/'></head><body><article><h1>Ultium Cells raises "
                + "capacity in Tennessee</h1><p>Text.</p></article></body></html>");
        assertEquals("Ultium Cells raises capacity in Tennessee", m.title());
        Metadata sub = meta("<html><head><meta property='og:title' content='Fish cakes, hot and fresh'></head><body>"
                + "<article><h1><span>Fish cakes, hot and fresh</span> <small class='article-subtitle'>Welcome to the "
                + "north</small></h1><p>Text.</p></article></body></html>");
        assertEquals("Fish cakes, hot and fresh", sub.title());
    }

    @Test
    void aQuestionAfterTheSeparatorIsPartOfTheTitle() {
        assertEquals("Leasing oder Finanzierung \u2013 was lohnt sich mehr?", MetaExtractor.stripSiteName(
                "Leasing oder Finanzierung \u2013 was lohnt sich mehr?", null, true));
    }

    @Test
    void aJsonLdObjectInAScriptWithoutTypeIsRead() {
        Metadata m = meta("<html><head><script>{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\","
                + " \"headline\": \"Harbour reopens\", \"datePublished\": \"2022-03-04T06:00:00+01:00\"}</script>"
                + "</head><body><h1>Harbour reopens</h1><p>Text of the story.</p></body></html>");
        assertEquals("2022-03-04T06:00:00+01:00", m.published().iso());
    }

    @Test
    void aScriptWithoutTypeThatIsJavaScriptIsNotReadAsJsonLd() {
        Metadata m = meta("<html><head><script>var cfg = {\"headline\": \"Config\", \"datePublished\": \"2022-03-04\"};"
                + "</script></head><body><h1>Harbour reopens</h1><p>Text of the story.</p></body></html>");
        assertEquals("Harbour reopens", m.title());
        // the date is still read, as the last resort for script data (MetaScriptData), not as JSON-LD
        assertEquals(Metadata.Origin.MARKUP, m.origins().get(Metadata.Field.PUBLISHED));
    }

    @Test
    void aHowToGuideInJsonLdGivesTheDateAndAuthor() {
        Metadata m = meta("<html><head><script type='application/ld+json'>{\"@context\":\"http://schema.org/\","
                + "\"@type\":\"HowTo\",\"name\":\"Sew a round tablecloth\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"Mira Holt\"},\"datePublished\":\"2021-05-07T10:11:12:345Z\"}</script></head>"
                + "<body><h1>Sew a round tablecloth</h1><p>Step one.</p></body></html>");
        assertEquals("2021-05-07", m.published().date().toString());
        assertEquals(List.of("Mira Holt"), m.authors());
    }

    @Test
    void anEventDateBelowTheHeadlineDoesNotOverruleThePublicationDate() {
        Metadata m = meta("<html><head><meta property='article:published_time' content='2018-10-16T09:12:00+02:00'>"
                + "</head><body><article><h1>Tastings in spring</h1><p>Dates for the new season.</p>"
                + "<p>Termin: 14.03.2019, 18 Uhr</p><p>Ort: Markthalle</p></article></body></html>");
        assertEquals("2018-10-16", m.published().date().toString());
    }

    @Test
    void aDateLineWithATwoDigitYearBelowTheHeadlineIsRead() {
        Metadata m = meta("<html><body><article><h1>Green living room</h1><div class='meta'>17.08.21</div>"
                + "<p>A flat full of plants and old furniture.</p></article></body></html>");
        assertEquals("2021-08-17", m.published().date().toString());
    }

    @Test
    void aStaffBylineIsKeptWhenNoPersonIsNamed() {
        Metadata m = meta("<html><head><meta name='author' content='Valley Post Staff Report'></head>"
                + "<body><h1>Bridge closed</h1><p>The bridge is closed for repairs.</p></body></html>");
        assertEquals(List.of("Valley Post Staff Report"), m.authors());
    }

    @Test
    void aPersonStillWinsOverAStaffByline() {
        Metadata m = meta("<html><head><meta name='author' content='Staff Writer'></head>"
                + "<body><article><h1>Bridge closed</h1><p>By Ann Lee</p><p>The bridge is closed.</p></article>"
                + "</body></html>");
        assertEquals(List.of("Ann Lee"), m.authors());
    }

    @Test
    void aUserHandleInASubmittedLineIsTheAuthor() {
        Metadata m = meta("<html><body><article><h1>Free software meetup</h1><p>We met again.</p>"
                + "<div class='submitted'>Gespeichert von jo_berg77 am 9. Mai 2016 - 20:41</div></article>"
                + "</body></html>");
        assertEquals(List.of("jo_berg77"), m.authors());
    }

    @Test
    void aNameSignedInBoldUnderTheTextIsTheAuthor() {
        String text = "The home side won the semi-final after a long and hard game that went to overtime, "
                + "and the final will be played next month in front of a sold-out arena in the north.";
        Metadata m = meta("<html><body><article><h1>Home side in the final</h1><p>" + text + "</p>"
                + "<p><b><i>Lena Vogt</i></b></p></article></body></html>");
        assertEquals(List.of("Lena Vogt"), m.authors());
    }

    @Test
    void aPlainLastParagraphThatLooksLikeANameIsNotTheAuthor() {
        String text = "The home side won the semi-final after a long and hard game that went to overtime, "
                + "and the final will be played next month in front of a sold-out arena in the north.";
        Metadata m = meta("<html><body><article><h1>Home side in the final</h1><p>" + text + "</p>"
                + "<p>Next Match</p></article></body></html>");
        assertEquals(List.of(), m.authors());
    }

    @Test
    void aPlaceholderForAMissingAuthorIsNoAuthor() {
        Metadata m = meta("<html><head><meta name='author' content='No Author'></head>"
                + "<body><h1>Bridge closed</h1><p>The bridge is closed for repairs.</p></body></html>");
        assertEquals(List.of(), m.authors());
    }

    @Test
    void aVisibleBylineBesideTheHeadlineBeatsAOneWordMetadataAuthor() {
        Metadata m = meta("<html><head><meta name='author' content='HarbourMag'></head>"
                + "<body><article><h1>Goats leave the island</h1><div class='credits'>By Tom Reyes</div>"
                + "<p>The island is green again.</p></article></body></html>");
        assertEquals(List.of("Tom Reyes"), m.authors());
    }

    @Test
    void aMetadataAuthorWithAFullNameKeepsPrecedenceOverTheVisibleByline() {
        Metadata m = meta("<html><head><meta name='author' content='Ada Byrne'></head>"
                + "<body><article><h1>Goats leave the island</h1><div class='credits'>By Tom Reyes</div>"
                + "<p>The island is green again.</p></article></body></html>");
        assertEquals(List.of("Ada Byrne"), m.authors());
    }

    @Test
    void anAuthorThatIsThePublisherMetaGivesWayToALabelledName() {
        Metadata m = meta("<html><head><meta name='publisher' content='Radio North (www.example.org)'>"
                + "<meta name='author' content='Radio North (www.example.org)'></head><body><article>"
                + "<h1>Elephants and farmers</h1><p>Farmers and elephants share the land.</p>"
                + "<p>Auteur : Kofi Mensah</p></article></body></html>");
        assertEquals(List.of("Kofi Mensah"), m.authors());
    }

    @Test
    void writtenByWithAColonIsAByline() {
        Metadata m = meta("<html><body><article><h1>Forests and climate</h1><p><em>Written by: Julia Moss</em></p>"
                + "<p>Forests store carbon.</p></article></body></html>");
        assertEquals(List.of("Julia Moss"), m.authors());
    }

    @Test
    void aNameAndADateInAdjacentSpansWithoutSpaceAreReadApart() {
        Metadata m = meta("<html><body><article><h1>Boots for everyone</h1><div><a class='link'><span>Nora Falk</span>"
                + "</a><span class='muted'>7.12.2022</span></div><p>The maker sells more boots than ever.</p>"
                + "</article></body></html>");
        assertEquals("2022-12-07", m.published().iso());
        assertEquals(List.of("Nora Falk"), m.authors());
    }

    @Test
    void wordsSplitInsideOneWordAcrossElementsStayTogether() {
        assertEquals(false, MetaHeader.glued('W', 'o'));
        assertEquals(true, MetaHeader.glued('k', '3'));
        assertEquals(true, MetaHeader.glued('k', 'N'));
    }

    @Test
    void aDateSplitIntoSpansIsReadWhole() {
        Metadata m = meta("<html><body><article><h1>Testing a security suite</h1>"
                + "<div class='postdate'><span>Mar 21</span><span>2010</span></div>"
                + "<p>I tried the suite for four weeks.</p></article></body></html>");
        assertEquals("2010-03-21", m.published().iso());
    }

    @Test
    void aForumPostDateWithATwoDigitYearBeforeTheTimeIsRead() {
        Metadata m = meta("<html><body><article><h1>No app store over mobile data?</h1>"
                + "<div><span>hansi99</span><span>13.04.18</span><span>09:31</span></div>"
                + "<p>Since the update nothing loads.</p></article></body></html>");
        assertEquals("2018-04-13", m.published().iso());
    }

    @Test
    void aDateLineShowingTheMetadataDayBesideAnotherDoesNotOverruleIt() {
        Metadata m = meta("<html><head><meta property='article:published_time' content='2022-05-30T07:00:00+02:00'>"
                + "</head><body><article><h1>Five trends</h1><div>Eva Lind | <time>29. Mai 2022</time>"
                + "<time>30. Mai 2022</time> | Work</div><p>What the year brings.</p></article></body></html>");
        assertEquals("2022-05-30", m.published().date().toString());
    }

    @Test
    void aBylineDateWithThinSpacesIsRead() {
        Metadata m = meta("<html><body><article><h1>Two newcomers in the team</h1>"
                + "<p>Von Tennisverband Nord 6.\u20095.\u20092021.</p><p>The coach named the team.</p></article>"
                + "</body></html>");
        assertEquals("2021-05-06", m.published().iso());
    }

    @Test
    void aUserHandleAndADateUnderTheHeadlineGiveTheAuthor() {
        Metadata m = meta("<html><body><article><h1>Coffee, two jars for 4 euros</h1>"
                + "<div>LenaBrandt 02.07.2020, 11:48 Uhr</div><p>A good deal this week.</p></article></body></html>");
        assertEquals(List.of("LenaBrandt"), m.authors());
    }

    @Test
    void aPlaceBeforeTheDateIsNoUserHandle() {
        Metadata m = meta("<html><body><article><h1>Council meets</h1>"
                + "<div>BERLIN 12.03.2022</div><p>The council met today.</p></article></body></html>");
        assertEquals(List.of(), m.authors());
    }

    @Test
    void aHandleAfterPostedInCategoryIsTheAuthor() {
        Metadata m = meta("<html><body><article><h1>Office suites in schools</h1>"
                + "<div>Posted in Privacy by quietfox on June 14, 2018</div><p>The debate goes on.</p></article>"
                + "</body></html>");
        assertEquals(List.of("quietfox"), m.authors());
    }

    @Test
    void aBylineNamingTheSiteGivesWayToAWriterNamedFurtherDown() {
        Metadata m = meta("<html><head><meta property='og:site_name' content='The Harbour Gazette'></head><body><article>"
                + "<h1>Forests and climate</h1><div>By The Harbour Gazette</div><p><em>Written by: Julia Moss</em></p>"
                + "<p>Forests store carbon.</p></article></body></html>");
        assertEquals(List.of("Julia Moss"), m.authors());
    }

    @Test
    void aNameOnItsOwnLineBesideADateLineAboveTheHeadlineIsTheAuthor() {
        Metadata m = meta("<html><body><article><div class='meta'><div>05.10.2021</div><h5>Karl Sommer</h5></div>"
                + "<h1>No tipping point for the climate</h1><p>The study finds no such point.</p></article></body></html>");
        assertEquals(List.of("Karl Sommer"), m.authors());
    }

    @Test
    void aNameOnItsOwnLineWithoutADateBesideItIsNotTheAuthor() {
        Metadata m = meta("<html><body><article><div class='meta'><h5>Karl Sommer</h5></div>"
                + "<h1>No tipping point for the climate</h1><p>The study finds no such point.</p></article></body></html>");
        assertEquals(List.of(), m.authors());
    }

    private static Metadata fixture(String file) throws java.io.IOException {
        return meta(java.nio.file.Files.readString(java.nio.file.Path.of("testdata/extract", file)));
    }

    @Test
    void utcTimeOnTheNextDayGivesWayToASlashDateLineReadThatWay() throws Exception {
        // "07/09/2021" could be 7 September or 9 July; beside 2021-09-08T01:30Z only the first is a day apart
        Metadata m = fixture("news-utc-time-beside-slash-date-line.html");
        assertEquals("2021-09-07", m.published().iso());
    }

    @Test
    void rfc1123TimeInUtcGivesWayToTheDayTheFirstTimeElementNamesInWords() throws Exception {
        Metadata m = fixture("news-rfc1123-date-and-worded-time-attribute.html");
        assertEquals("2021-09-08", m.published().iso());
    }

    @Test
    void aTimeElementOfAnotherPostDoesNotShiftTheUtcDay() {
        Metadata m = meta("<html><head><meta property='article:published_time' content='2021-09-08T21:30:00Z'>"
                + "</head><body><article><h1>Ferry sails again</h1><time>08.09.2021</time><p>Text of the post.</p>"
                + "</article><ul class='more'><li><time>07.09.2021</time> Older post</li></ul></body></html>");
        assertEquals("2021-09-08T21:30:00Z", m.published().iso());
    }

    @Test
    void aDayInTheUrlPathLongBeforeTheMetadataDayIsThePostsFirstPublication() throws Exception {
        Metadata m = fixture("blog-url-day-long-before-resaved-metadata.html");
        assertEquals("2016-08-14", m.published().iso());
    }

    @Test
    void aDayInTheUrlPathADayBeforeTheMetadataLeavesTheMetadata() {
        Metadata m = meta("<html><head><link rel='canonical' href='https://x.example/2016/08/14/post'>"
                + "<meta property='article:published_time' content='2016-08-15T09:00:00+02:00'></head>"
                + "<body><article><h1>Post</h1><p>Text.</p></article></body></html>");
        assertEquals("2016-08-15T09:00:00+02:00", m.published().iso());
    }
}
