package org.pressmark.extract;

import java.util.List;
import org.pressmark.model.Block;
import org.pressmark.model.Inline;

/** The plain text of blocks, one block a line: for telling the script of a body and for checks. */
final class HtmlPlainText {

    private HtmlPlainText() {
    }

    /** Returns the text of the blocks, each block (list item, table row, figure caption) on its own line. */
    static String of(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            append(b, sb);
        }
        return sb.toString();
    }

    private static void append(Block b, StringBuilder sb) {
        if (b instanceof Block.Paragraph p) {
            line(p.content(), sb);
        } else if (b instanceof Block.Heading h) {
            line(h.content(), sb);
        } else if (b instanceof Block.Quotation q) {
            for (Block inner : q.blocks()) {
                append(inner, sb);
            }
            if (q.attribution() != null) {
                sb.append(q.attribution()).append('\n');
            }
        } else if (b instanceof Block.ListBlock l) {
            for (Block.ListItem i : l.items()) {
                line(i.content(), sb);
                for (Block.ListBlock sub : i.sublists()) {
                    append(sub, sb);
                }
            }
        } else if (b instanceof Block.Table t) {
            line(t.caption(), sb);
            for (Block.TableRow r : t.rows()) {
                for (Block.TableCell c : r.cells()) {
                    Inline.appendPlainText(c.content(), sb);
                    sb.append('\t');
                }
                sb.append('\n');
            }
        } else if (b instanceof Block.Figure f) {
            if (f.alt() != null) {
                sb.append(f.alt()).append('\n');
            }
            line(f.caption(), sb);
        } else if (b instanceof Block.Preformatted p) {
            sb.append(p.text()).append('\n');
        }
    }

    private static void line(List<Inline> content, StringBuilder sb) {
        if (!content.isEmpty()) {
            Inline.appendPlainText(content, sb);
            sb.append('\n');
        }
    }
}
