package org.pressmark.output;

import java.util.List;
import org.pressmark.model.Block;
import org.pressmark.model.Inline;

/**
 * The main text of an article as plain text, straight from the model: paragraphs separated by blank
 * lines, subheadings and list items on their own lines, table rows as cells separated by {@code " | "};
 * figures and their captions are left out.
 * This is the {@code text} of {@code pressmark extract}; the text access copy made from TEI by
 * {@code xslt/tei-to-text.xsl} adds a title and a metadata block on top.
 */
public final class BodyText {

    private BodyText() {
    }

    /** Returns the plain text of the blocks, without a trailing newline. */
    public static String of(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        append(blocks, sb, "");
        return sb.toString().strip();
    }

    private static void append(List<Block> blocks, StringBuilder sb, String prefix) {
        for (Block b : blocks) {
            // a figure's caption describes a picture and is not running text (photo credits, gallery
            // labels): it stays in the documents, not in the main text
            if (b instanceof Block.Heading h) {
                paragraph(sb, prefix, line(h.content()));
            } else if (b instanceof Block.Paragraph p) {
                paragraph(sb, prefix, line(p.content()));
            } else if (b instanceof Block.Quotation q) {
                append(q.blocks(), sb, prefix + "> ");
                if (q.attribution() != null) {
                    paragraph(sb, prefix + "> ", "— " + q.attribution());
                }
            } else if (b instanceof Block.ListBlock l) {
                separate(sb);
                list(l, sb, prefix, "");
            } else if (b instanceof Block.Table t) {
                separate(sb);
                if (!t.caption().isEmpty()) {
                    sb.append(prefix).append(line(t.caption())).append('\n');
                }
                for (Block.TableRow row : t.rows()) {
                    StringBuilder r = new StringBuilder();
                    for (Block.TableCell cell : row.cells()) {
                        if (r.length() > 0) {
                            r.append(" | ");
                        }
                        r.append(line(cell.content()));
                    }
                    sb.append(prefix).append(r.toString().strip()).append('\n');
                }
            } else if (b instanceof Block.Preformatted pre) {
                separate(sb);
                for (String l : pre.text().split("\n", -1)) {
                    sb.append(prefix).append(l.stripTrailing()).append('\n');
                }
            }
        }
    }

    private static void list(Block.ListBlock l, StringBuilder sb, String prefix, String indent) {
        int n = 1;
        for (Block.ListItem item : l.items()) {
            sb.append(prefix).append(indent).append(l.ordered() ? (n++) + ". " : "- ")
                    .append(line(item.content())).append('\n');
            for (Block.ListBlock sub : item.sublists()) {
                list(sub, sb, prefix, indent + "  ");
            }
        }
    }

    private static void paragraph(StringBuilder sb, String prefix, String text) {
        if (text.isEmpty()) {
            return;
        }
        separate(sb);
        for (String l : text.split("\n")) {
            sb.append(prefix).append(l).append('\n');
        }
    }

    private static void separate(StringBuilder sb) {
        if (sb.length() > 0) {
            sb.append('\n');
        }
    }

    /** Inline content on one line, except forced line breaks; white space folded. */
    private static String line(List<Inline> content) {
        String t = Inline.plainText(content);
        StringBuilder sb = new StringBuilder();
        for (String part : t.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(part.replaceAll("[\\s\\u00A0]+", " ").strip());
        }
        return sb.toString().strip();
    }
}
