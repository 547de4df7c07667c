package org.pressmark.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pressmark.model.Block;
import org.pressmark.model.Inline;

/**
 * Last tidying of the body blocks: a paragraph, heading or caption whose text was already given is
 * dropped (galleries and sticky headers repeat them), and so is a heading left without a section after
 * the furniture under it was removed.
 */
final class HtmlBlockCleanup {

    private HtmlBlockCleanup() {
    }

    /** Returns the blocks without repeats and without empty trailing sections. */
    static List<Block> clean(List<Block> blocks) {
        Set<String> seen = new HashSet<>();
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            String key = textKey(b);
            if (key == null) {
                out.add(b);
            } else if (seen.add(key)) {
                out.add(b);
            } else if (b instanceof Block.Figure f) {
                out.add(new Block.Figure(f.src(), f.alt(), List.of()));
            }
        }
        // headings whose section is empty: followed by nothing, or by a heading of the same or a higher rank
        List<Block> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            if (b instanceof Block.Heading h && emptySection(out, i, h.level())) {
                continue;
            }
            result.add(b);
        }
        return result;
    }

    private static boolean emptySection(List<Block> blocks, int index, int level) {
        for (int j = index + 1; j < blocks.size(); j++) {
            Block next = blocks.get(j);
            if (next instanceof Block.Heading h) {
                return h.level() <= level;
            }
            if (!(next instanceof Block.Figure f) || !f.caption().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The comparable text of a paragraph, heading or caption; {@code null} for other blocks. */
    private static String textKey(Block b) {
        List<Inline> content;
        if (b instanceof Block.Paragraph p) {
            content = p.content();
        } else if (b instanceof Block.Heading h) {
            content = h.content();
        } else if (b instanceof Block.Figure f && !f.caption().isEmpty()) {
            content = f.caption();
        } else {
            return null;
        }
        String key = HtmlBlocks.comparable(Inline.plainText(content));
        return key.isEmpty() ? null : key;
    }
}
