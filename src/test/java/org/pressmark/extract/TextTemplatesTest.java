package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TextTemplates}: template lines recognised as whole lines only. */
class TextTemplatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"No comments :", "No comments:", "3 comments:", "12 Comments", "One thought on “Leeks”",
            "Comments (4)", "Post a Comment", "Leave a Reply", "Leave a Reply [18]Cancel reply",
            "Your email address will not be published. Required fields are marked *", "Newer Post Older Post Home",
            "Subscribe to: Post Comments (Atom)", "Powered by Blogger.", "Proudly powered by WordPress",
            "Blog Widget by LinkWithin", "Share this:", "Email This BlogThis! Share to Twitter Share to Facebook",
            "Featured Post", "Popular Posts", "Copyright © 2023 Allotment Notes. All rights reserved.",
            "© 2024 Harbour Town Herald", "Related", "Top Rated Comments", "View all comments (12)",
            "Ann Lee on May 2, 2019 at 5:23 pm said:", "ann_lee says: May 2, 2019 at 5:23 pm", "Reply"})
    void templateLinesEndThePost(String line) {
        assertEquals(TextTemplates.Kind.END, TextTemplates.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photo by Ann Lee/Harbour Office", "Image: Harbour Office", "Photo: Tom Reed, Agency",
            "Image copyright Harbour Office", "Image caption The ferry leaves the quay on Monday morning",
            "Image 2 of 5", "Credit: Harbour Office", "(Image credit: Harbour Office)",
            "The ferry leaves the quay on Monday morning (Image: Harbour Office)",
            "The ferry leaves the quay on Monday morning. (Photo by Ann Lee/Harbour Office)"})
    void pictureCreditsCaptionLabelsAndGalleryCountersAreFurniture(String line) {
        assertEquals(TextTemplates.Kind.FURNITURE, TextTemplates.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Related: Island bus timetable changes in May", "Read more: [12]Lighthouse keepers look back",
            "Related post: Pickled leeks", "See also: Harbour history", "IFRAME: [31]harbour-video", "IFRAME:"})
    void labelledLinksToOtherPagesAndFramesAreFurniture(String line) {
        assertEquals(TextTemplates.Kind.FURNITURE, TextTemplates.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Related: the ferry and the bus now share one ticket, the council said on Monday, and the "
            + "change is meant to make the island easier to reach for those without a car, as well as for visitors "
            + "in the summer months when the roads are at their busiest and the car parks by the quay are full.",
            "Read more about the ferry in our guide."})
    void sentencesStartingWithALabelWordAreNotPromotions(String line) {
        assertEquals(TextTemplates.Kind.NONE, TextTemplates.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photos of the flood were taken by many people in the village that night.",
            "The image of the ferry at dawn stayed with her for years.",
            "Credit card payments are accepted on board since Monday."})
    void sentencesAboutPicturesAreNotPictureCredits(String line) {
        assertEquals(TextTemplates.Kind.NONE, TextTemplates.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Readers left no comments on the post about the featured story.",
            "Post a comment below, one reader joked, and we will share this with everyone.",
            "Copyright law has changed a great deal since the first web pages appeared in the early 1990s, "
                    + "and archives have had to keep up.",
            "The featured post this week is about pears.", "Home is where the allotment is.",
            "The harbour master said:", "Speaking at the 2019 meeting, the mayor said:",
            "Readers of this blog have sent in many thoughtful comments about the leeks."})
    void sentencesMentioningTemplateWordsAreNotTemplateLines(String line) {
        assertEquals(TextTemplates.Kind.NONE, TextTemplates.classify(line), line);
    }

    @Test
    void labelLinesGiveTags() {
        assertEquals(Optional.of(List.of("grafting", "orchard", "rootstock")),
                TextTemplates.tags("Labels: grafting, orchard, rootstock"));
        assertEquals(Optional.of(List.of("Vegetables", "Mistakes", "leeks", "bolting")),
                TextTemplates.tags("Posted in [9]Vegetables, [10]Mistakes | Tagged [11]leeks, [12]bolting"));
        assertTrue(TextTemplates.tags("Labels were printed on every jar we sold at the market, and people "
                + "read them closely.").isEmpty());
    }

    @Test
    void bylinesGiveTheAuthor() {
        assertEquals(Optional.of("Eleanor Marsh"), TextTemplates.author("Posted by Eleanor Marsh at 9:14 AM"));
        assertEquals(Optional.of("admin"), TextTemplates.author("Posted on August 20, 2021 by admin"));
        assertEquals(Optional.of("Priya Natarajan"), TextTemplates.author("By Priya Natarajan | 14.03.2024"));
        assertTrue(TextTemplates.isByline("Posted by Eleanor Marsh at 9:14 AM"));
        assertFalse(TextTemplates.isByline("By the end of the day, the fighting had stopped."));
    }

    @Test
    void firstLetterSkipsLinkMarkersEmphasisAndSpaceSoPreFiltersStillSeeTheLine() {
        assertEquals('L', TextTemplates.firstLetter("[3]Labels: a, b"));
        assertEquals('B', TextTemplates.firstLetter("  _By Ann Lee_"));
        assertEquals(' ', TextTemplates.firstLetter("2021 was a year"));
        assertEquals(Optional.of(List.of("a", "b")), TextTemplates.tags("[3]Labels: a, b"));
        assertTrue(TextTemplates.isByline("*Posted by Ann Lee*"));
        assertEquals(TextTemplates.Kind.END, TextTemplates.classify("Theme by Harbour Studio"));
        assertEquals(TextTemplates.Kind.END, TextTemplates.classify("Ann Lee on May 2, 2019 at 5:23 pm said:"));
        assertEquals(TextTemplates.Kind.NONE, TextTemplates.classify("We drove by the harbour at noon"));
    }
}
