package org.pressmark.xml;

import jakarta.xml.bind.JAXBElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.pressmark.ItemException;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Comment;
import org.pressmark.model.Direction;
import org.pressmark.model.Inline;
import org.pressmark.model.Metadata;
import org.pressmark.model.PageDate;
import org.pressmark.model.Provenance;
import org.pressmark.validate.XmlSchemas;
import org.pressmark.xml.tei.Ab;
import org.pressmark.xml.tei.BiblTitle;
import org.pressmark.xml.tei.Cell;
import org.pressmark.xml.tei.Cit;
import org.pressmark.xml.tei.DatedEvent;
import org.pressmark.xml.tei.Extent;
import org.pressmark.xml.tei.FileDesc;
import org.pressmark.xml.tei.Hi;
import org.pressmark.xml.tei.Identifier;
import org.pressmark.xml.tei.Item;
import org.pressmark.xml.tei.Lb;
import org.pressmark.xml.tei.OriginNote;
import org.pressmark.xml.tei.P;
import org.pressmark.xml.tei.Post;
import org.pressmark.xml.tei.ProfileDesc;
import org.pressmark.xml.tei.Ptr;
import org.pressmark.xml.tei.Q;
import org.pressmark.xml.tei.Quote;
import org.pressmark.xml.tei.Ref;
import org.pressmark.xml.tei.Row;
import org.pressmark.xml.tei.SectionDiv;
import org.pressmark.xml.tei.SourceNote;
import org.pressmark.xml.tei.TEI;
import org.pressmark.xml.tei.TeiList;
import org.pressmark.xml.tei.TopDiv;

/**
 * Reads a TEI document of the Pressmark profile back into an {@link Article}: the inverse of
 * {@link TeiWriter}. The document is validated against the profile first and parsed with the secure
 * settings of {@link org.pressmark.validate.SecureXml}.
 *
 * <p>For an article that {@link TeiWriter} wrote, reading gives back an equal article, as long as its
 * values were already what XML can carry (no characters XML forbids; page and image URLs that are valid
 * URI references; no blank names; lists and tables that are not empty). Links survive whatever they hold. An article without a title is written with its
 * source file name as title; a title equal to the source file name with no recorded origin is therefore
 * read as no title. Instances are immutable and thread-safe.
 */
public final class TeiReader {

    /** Creates a reader. */
    public TeiReader() {
    }

    /**
     * Reads a TEI document.
     *
     * @param xml  the document's bytes
     * @param name the document's name, used in messages
     * @return the article
     * @throws ItemException if the document is not well-formed or not valid against the Pressmark profile
     */
    public Article read(byte[] xml, String name) throws ItemException {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(name, "name");
        TEI tei = XmlReading.unmarshal(TeiWriter.Context.INSTANCE, TEI.class, XmlSchemas.TEI, xml, name, "TEI");
        return article(tei);
    }

    private Article article(TEI tei) {
        FileDesc fd = tei.getTeiHeader().getFileDesc();
        Map<Metadata.Field, Metadata.Origin> origins = new EnumMap<>(Metadata.Field.class);
        if (fd.getNotesStmt() != null) {
            for (OriginNote note : fd.getNotesStmt().getNote()) {
                origins.put(Metadata.Field.valueOf(note.getSubtype().toUpperCase(Locale.ROOT)),
                        Metadata.Origin.fromLabel(note.getValue().value()));
            }
        }

        // the source description: the page and its bytes
        String site = null;
        PageDate published = null;
        PageDate modified = null;
        Instant captured = null;
        String url = null;
        String targetUri = null;
        String sha256 = null;
        String sourceName = null;
        String sourcePath = null;
        String warcRecordId = null;
        String payloadDigest = null;
        long byteCount = -1;
        String mediaType = null;
        String charset = null;
        String warcFile = null;
        long warcOffset = -1;
        String description = null;
        for (Object part : fd.getSourceDesc().getBibl().getContent()) {
            Object v = part instanceof JAXBElement<?> e ? e.getValue() : part;
            if (v instanceof BiblTitle t && "j".equals(t.getLevel())) {
                site = t.getValue();
            } else if (v instanceof DatedEvent d) {
                switch (d.getType()) {
                    case "published" -> published = pageDate(d.getWhen());
                    case "modified" -> modified = pageDate(d.getWhen());
                    case "captured" -> captured = Instant.parse(d.getWhen());
                    default -> { }
                }
            } else if (v instanceof Ptr p) {
                if ("original".equals(p.getType())) {
                    url = p.getTarget();
                } else {
                    targetUri = p.getTarget();
                }
            } else if (v instanceof Identifier id) {
                switch (id.getType()) {
                    case "sha256" -> sha256 = id.getValue();
                    case "source-file" -> sourceName = id.getValue();
                    case "source-path" -> sourcePath = id.getValue();
                    case "warc-record-id" -> warcRecordId = id.getValue();
                    case "warc-payload-digest" -> payloadDigest = id.getValue();
                    default -> { }
                }
            } else if (v instanceof Extent extent) {
                byteCount = extent.getMeasure().getQuantity().longValueExact();
            } else if (v instanceof SourceNote n) {
                switch (n.getType()) {
                    case "media-type" -> mediaType = n.getValue();
                    case "charset" -> charset = n.getValue();
                    case "warc-file" -> warcFile = n.getValue();
                    case "warc-offset" -> warcOffset = Long.parseLong(n.getValue().strip());
                    case "description" -> description = n.getValue();
                    default -> { }
                }
            }
        }

        String title = fd.getTitleStmt().getTitle().getValue();
        if (!origins.containsKey(Metadata.Field.TITLE) && title.equals(sourceName)) {
            title = null; // the writer's stand-in for a missing title
        }
        String rights = fd.getPublicationStmt().getAvailability() == null ? null
                : fd.getPublicationStmt().getAvailability().getLicence();
        ProfileDesc pd = tei.getTeiHeader().getProfileDesc();
        List<String> tags = pd == null || pd.getTextClass() == null ? List.of()
                : pd.getTextClass().getKeywords().getTerm();
        String language = tei.getLang();
        Direction direction = tei.getText().getStyle() != null ? Direction.RTL : Direction.LTR;

        Metadata metadata = new Metadata(title, fd.getTitleStmt().getAuthor(), published, modified, site,
                language, direction, url, description, tags, rights, origins);
        Provenance provenance = new Provenance(sourceName, sourcePath, mediaType, charset, sha256, byteCount,
                targetUri, captured, warcRecordId, warcFile, warcOffset, payloadDigest);

        List<Block> body = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        for (TopDiv div : tei.getText().getBody().getDiv()) {
            if ("comments".equals(div.getType())) {
                for (Post post : div.getPosts()) {
                    String author = post.getByline() == null ? null : post.getByline().getDocAuthor();
                    comments.add(new Comment(author, pageDate(post.getWhen()), blocks(post.getBlocks())));
                }
            } else {
                body.addAll(blocks(div.getBlocks()));
                for (SectionDiv section : div.getSections()) {
                    body.add(new Block.Heading(level(section.getHead().getRend().value()),
                            inlines(section.getHead().getContent())));
                    body.addAll(blocks(section.getBlocks()));
                }
            }
        }
        return new Article(metadata, body, comments, provenance);
    }

    private static PageDate pageDate(String when) {
        return when == null ? null : PageDate.parseIso(when)
                .orElseThrow(() -> new IllegalStateException("profile-valid date that is not ISO: " + when));
    }

    private static int level(String rend) {
        return rend.charAt(1) - '0';
    }

    private List<Block> blocks(List<Object> elements) {
        List<Block> out = new ArrayList<>();
        for (Object o : elements) {
            if (o instanceof P p) {
                List<Inline> content = inlines(p.getContent());
                out.add(p.getRend() == null ? new Block.Paragraph(content)
                        : new Block.Heading(level(p.getRend().value()), content));
            } else if (o instanceof Quote q) {
                out.add(quotation(q, null));
            } else if (o instanceof Cit cit) {
                out.add(quotation(cit.getQuote(), cit.getBibl()));
            } else if (o instanceof TeiList list) {
                out.add(list(list));
            } else if (o instanceof org.pressmark.xml.tei.Table t) {
                List<Block.TableRow> rows = new ArrayList<>();
                for (Row row : t.getRow()) {
                    List<Block.TableCell> cells = new ArrayList<>();
                    for (Cell c : row.getCell()) {
                        cells.add(new Block.TableCell("label".equals(c.getRole()),
                                c.getCols() == null ? 1 : c.getCols(), c.getRows() == null ? 1 : c.getRows(),
                                inlines(c.getContent())));
                    }
                    rows.add(new Block.TableRow(cells));
                }
                out.add(new Block.Table(t.getHead() == null ? List.of() : inlines(t.getHead().getContent()), rows));
            } else if (o instanceof org.pressmark.xml.tei.Figure f) {
                out.add(new Block.Figure(f.getGraphic() == null ? null : f.getGraphic().getUrl(), f.getFigDesc(),
                        f.getHead() == null ? List.of() : inlines(f.getHead().getContent())));
            } else if (o instanceof Ab ab) {
                out.add(new Block.Preformatted(ab.getValue(), ab.getSubtype()));
            } else {
                throw new IllegalStateException("unexpected TEI block: " + o.getClass().getName());
            }
        }
        return out;
    }

    private Block.Quotation quotation(Quote q, String attribution) {
        Block.QuoteKind kind = "embedded-post".equals(q.getType())
                ? Block.QuoteKind.EMBEDDED_POST : Block.QuoteKind.QUOTATION;
        return new Block.Quotation(blocks(q.getBlocks()), attribution, kind);
    }

    private Block.ListBlock list(TeiList list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Item item : list.getItem()) {
            List<Object> inline = new ArrayList<>();
            List<Block.ListBlock> sublists = new ArrayList<>();
            for (Object o : item.getContent()) {
                if (o instanceof TeiList sub) {
                    sublists.add(list(sub));
                } else if (sublists.isEmpty()) {
                    inline.add(o);
                }
                // the profile allows no text after the nested lists but white space
            }
            items.add(new Block.ListItem(inlines(inline), sublists));
        }
        return new Block.ListBlock("ordered".equals(list.getType()), items);
    }

    private List<Inline> inlines(List<Object> content) {
        return XmlReading.inlines(content, this::inline);
    }

    private Inline inline(Object o) {
        if (o instanceof Hi hi) {
            return new Inline.Styled(Inline.Style.valueOf(hi.getRend().toUpperCase(Locale.ROOT)),
                    inlines(hi.getContent()));
        } else if (o instanceof Ref ref) {
            return new Inline.Link(ref.getTarget() == null ? "" : XmlValues.linkHref(ref.getTarget()), inlines(ref.getContent()));
        } else if (o instanceof Q q) {
            return new Inline.Quote(inlines(q.getContent()));
        } else if (o instanceof JAXBElement<?> e && "code".equals(e.getName().getLocalPart())) {
            return new Inline.Code((String) e.getValue());
        } else if (o instanceof Lb) {
            return new Inline.LineBreak();
        }
        throw new IllegalStateException("unexpected TEI inline: " + o.getClass().getName());
    }
}
