package org.pressmark.xml;

import jakarta.xml.bind.JAXBElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
import org.pressmark.xml.newsml.ContentMeta;
import org.pressmark.xml.newsml.ExtProperty;
import org.pressmark.xml.newsml.FoundLine;
import org.pressmark.xml.newsml.How;
import org.pressmark.xml.newsml.ItemMeta;
import org.pressmark.xml.newsml.Link;
import org.pressmark.xml.newsml.NamedParty;
import org.pressmark.xml.newsml.NewsItem;
import org.pressmark.xml.xhtml.A;
import org.pressmark.xml.xhtml.Blockquote;
import org.pressmark.xml.xhtml.Br;
import org.pressmark.xml.xhtml.Cell;
import org.pressmark.xml.xhtml.Em;
import org.pressmark.xml.xhtml.Figure;
import org.pressmark.xml.xhtml.H2;
import org.pressmark.xml.xhtml.H3;
import org.pressmark.xml.xhtml.H4;
import org.pressmark.xml.xhtml.H5;
import org.pressmark.xml.xhtml.H6;
import org.pressmark.xml.xhtml.Header;
import org.pressmark.xml.xhtml.Html;
import org.pressmark.xml.xhtml.InlineContent;
import org.pressmark.xml.xhtml.Li;
import org.pressmark.xml.xhtml.Ol;
import org.pressmark.xml.xhtml.P;
import org.pressmark.xml.xhtml.Pre;
import org.pressmark.xml.xhtml.Q;
import org.pressmark.xml.xhtml.S;
import org.pressmark.xml.xhtml.Strong;
import org.pressmark.xml.xhtml.Sub;
import org.pressmark.xml.xhtml.Sup;
import org.pressmark.xml.xhtml.Th;
import org.pressmark.xml.xhtml.Tr;
import org.pressmark.xml.xhtml.U;
import org.pressmark.xml.xhtml.Ul;

/**
 * Reads a NewsML-G2 newsItem of the Pressmark profile back into an {@link Article}: the inverse of
 * {@link NewsMlWriter}. The document is validated against the profile first and parsed with the secure
 * settings of {@link org.pressmark.validate.SecureXml}.
 *
 * <p>For an article that {@link NewsMlWriter} wrote, reading gives back an equal article, as long as its
 * values were already what XML can carry (no characters XML forbids; page and image URLs that are valid
 * URI references; names, tags and the site on one line). Links survive whatever they hold. The derived properties ({@code dateline}, {@code by}, the XHTML
 * title) are not read. Instances are immutable and thread-safe.
 */
public final class NewsMlReader {

    /** Creates a reader. */
    public NewsMlReader() {
    }

    /**
     * Reads a NewsML-G2 document.
     *
     * @param xml  the document's bytes
     * @param name the document's name, used in messages
     * @return the article
     * @throws ItemException if the document is not well-formed or not valid against the Pressmark profile
     */
    public Article read(byte[] xml, String name) throws ItemException {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(name, "name");
        NewsItem item = XmlReading.unmarshal(NewsMlWriter.Context.INSTANCE, NewsItem.class, XmlSchemas.NEWSML,
                xml, name, "NewsML-G2");
        return article(item);
    }

    private Article article(NewsItem item) {
        ItemMeta im = item.getItemMeta();
        ContentMeta cm = item.getContentMeta();
        Map<Metadata.Field, Metadata.Origin> origins = new EnumMap<>(Metadata.Field.class);

        String title = null;
        if (cm.getHeadline() != null) {
            title = cm.getHeadline().getValue();
            origin(origins, Metadata.Field.TITLE, cm.getHeadline().getHow());
        }
        List<String> authors = new ArrayList<>();
        for (NamedParty creator : cm.getCreator()) {
            authors.add(creator.getName());
            origin(origins, Metadata.Field.AUTHORS, creator.getHow());
        }
        PageDate published = null;
        if (cm.getContentCreated() != null) {
            published = pageDate(cm.getContentCreated().getValue());
            origin(origins, Metadata.Field.PUBLISHED, cm.getContentCreated().getHow());
        }
        PageDate modified = null;
        if (cm.getContentModified() != null) {
            modified = pageDate(cm.getContentModified().getValue());
            origin(origins, Metadata.Field.MODIFIED, cm.getContentModified().getHow());
        }
        String site = null;
        if (cm.getInfoSource() != null) {
            site = cm.getInfoSource().getName();
            origin(origins, Metadata.Field.SITE, cm.getInfoSource().getHow());
        }
        String language = null;
        if (cm.getLanguage() != null) {
            language = cm.getLanguage().getTag();
            origin(origins, Metadata.Field.LANGUAGE, cm.getLanguage().getHow());
        }
        Direction direction = Direction.LTR;
        ExtProperty dir = cm.getContentMetaExtProperty();
        if (dir != null && NewsMl.DIRECTION.equals(dir.getRel())) {
            direction = "rtl".equals(dir.getValue()) ? Direction.RTL : Direction.LTR;
            origin(origins, Metadata.Field.DIRECTION, dir.getHow());
        }
        String url = null;
        if (im.getOrigRep() != null) {
            url = im.getOrigRep().getValue();
            origin(origins, Metadata.Field.URL, im.getOrigRep().getHow());
        }
        String description = null;
        if (cm.getDescription() != null) {
            description = cm.getDescription().getValue();
            origin(origins, Metadata.Field.DESCRIPTION, cm.getDescription().getHow());
        }
        List<String> tags = new ArrayList<>();
        for (FoundLine keyword : cm.getKeyword()) {
            tags.add(keyword.getValue());
            origin(origins, Metadata.Field.TAGS, keyword.getHow());
        }
        String rights = null;
        if (item.getRightsInfo() != null) {
            rights = item.getRightsInfo().getUsageTerms().getValue();
            origin(origins, Metadata.Field.RIGHTS, item.getRightsInfo().getUsageTerms().getHow());
        }
        Metadata metadata = new Metadata(title, authors, published, modified, site, language, direction, url,
                description, tags, rights, origins);

        Html html = item.getContentSet().getInlineXML().getHtml();
        List<Block> body = blocks(html.getBody().getBlocks());
        List<Comment> comments = new ArrayList<>();
        if (html.getBody().getSection() != null) {
            for (org.pressmark.xml.xhtml.Article a : html.getBody().getSection().getArticle()) {
                Header header = a.getHeader();
                String author = header == null ? null : header.getCite();
                PageDate date = header == null || header.getTime() == null ? null
                        : pageDate(header.getTime().getDatetime());
                comments.add(new Comment(author, date, blocks(a.getBlocks())));
            }
        }
        return new Article(metadata, body, comments, provenance(im));
    }

    private static Provenance provenance(ItemMeta im) {
        Link source = im.getLink();
        String charset = null;
        String sourcePath = null;
        Instant captured = null;
        String warcFile = null;
        long warcOffset = -1;
        String payloadDigest = null;
        for (ExtProperty p : im.getItemMetaExtProperty()) {
            String v = p.getValue();
            switch (p.getRel()) {
                case NewsMl.CHARSET -> charset = v;
                case NewsMl.SOURCE_PATH -> sourcePath = v;
                case NewsMl.CAPTURED -> captured = Instant.parse(v);
                case NewsMl.WARC_FILE -> warcFile = v;
                case NewsMl.WARC_OFFSET -> warcOffset = Long.parseLong(v);
                case NewsMl.WARC_PAYLOAD_DIGEST -> payloadDigest = v;
                default -> { }
            }
        }
        long byteCount = source.getSize() == null ? -1 : source.getSize().longValueExact();
        return new Provenance(source.getTitle(), sourcePath, source.getContenttype(), charset,
                source.getHash().getValue(), byteCount, source.getHref(), captured, source.getResidref(),
                warcFile, warcOffset, payloadDigest);
    }

    private static void origin(Map<Metadata.Field, Metadata.Origin> origins, Metadata.Field field, How how) {
        if (how != null) {
            origins.put(field, Metadata.Origin.fromLabel(how.value().substring(NewsMl.HOW_PREFIX.length())));
        }
    }

    private static PageDate pageDate(String value) {
        return PageDate.parseIso(value)
                .orElseThrow(() -> new IllegalStateException("profile-valid date that is not ISO: " + value));
    }

    // ------------------------------------------------------------------ XHTML body

    private List<Block> blocks(List<Object> elements) {
        List<Block> out = new ArrayList<>();
        for (Object o : elements) {
            out.add(block(o));
        }
        return out;
    }

    private Block block(Object o) {
        if (o instanceof P p) {
            return new Block.Paragraph(inlines(p.getContent()));
        } else if (o instanceof H2 h) {
            return new Block.Heading(2, inlines(h.getContent()));
        } else if (o instanceof H3 h) {
            return new Block.Heading(3, inlines(h.getContent()));
        } else if (o instanceof H4 h) {
            return new Block.Heading(4, inlines(h.getContent()));
        } else if (o instanceof H5 h) {
            return new Block.Heading(5, inlines(h.getContent()));
        } else if (o instanceof H6 h) {
            return new Block.Heading(6, inlines(h.getContent()));
        } else if (o instanceof Blockquote q) {
            return quotation(q, null);
        } else if (o instanceof Ul ul) {
            return list(false, ul.getLi());
        } else if (o instanceof Ol ol) {
            return list(true, ol.getLi());
        } else if (o instanceof org.pressmark.xml.xhtml.Table t) {
            List<Block.TableRow> rows = new ArrayList<>();
            for (Tr tr : t.getTr()) {
                List<Block.TableCell> cells = new ArrayList<>();
                for (Cell c : tr.getThOrTd()) {
                    cells.add(new Block.TableCell(c instanceof Th, c.getColspan() == null ? 1 : c.getColspan(),
                            c.getRowspan() == null ? 1 : c.getRowspan(), inlines(c.getContent())));
                }
                rows.add(new Block.TableRow(cells));
            }
            return new Block.Table(t.getCaption() == null ? List.of() : inlines(t.getCaption().getContent()), rows);
        } else if (o instanceof Figure f) {
            if ("quotation".equals(f.getClazz())) {
                String attribution = f.getFigcaption() == null ? null
                        : Inline.plainText(inlines(f.getFigcaption().getContent()));
                return quotation(f.getBlockquote(), attribution);
            }
            String src = f.getImg() == null ? null : f.getImg().getSrc();
            String alt = f.getImg() == null ? f.getTitle() : f.getImg().getAlt();
            return new Block.Figure(src, alt, f.getFigcaption() == null ? List.of() : inlines(f.getFigcaption().getContent()));
        } else if (o instanceof Pre pre) {
            String cls = pre.getCode().getClazz();
            return new Block.Preformatted(pre.getCode().getValue(),
                    cls == null ? null : cls.substring("language-".length()));
        }
        throw new IllegalStateException("unexpected XHTML block: " + o.getClass().getName());
    }

    private Block.Quotation quotation(Blockquote q, String attribution) {
        Block.QuoteKind kind = "embedded-post".equals(q.getClazz())
                ? Block.QuoteKind.EMBEDDED_POST : Block.QuoteKind.QUOTATION;
        return new Block.Quotation(blocks(q.getBlocks()), attribution, kind);
    }

    private Block.ListBlock list(boolean ordered, List<Li> lis) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Li li : lis) {
            List<Object> inline = new ArrayList<>();
            List<Block.ListBlock> sublists = new ArrayList<>();
            for (Object o : li.getContent()) {
                if (o instanceof Ul ul) {
                    sublists.add(list(false, ul.getLi()));
                } else if (o instanceof Ol ol) {
                    sublists.add(list(true, ol.getLi()));
                } else if (sublists.isEmpty()) {
                    inline.add(o);
                }
            }
            items.add(new Block.ListItem(inlines(inline), sublists));
        }
        return new Block.ListBlock(ordered, items);
    }

    private List<Inline> inlines(List<Object> content) {
        return XmlReading.inlines(content, this::inline);
    }

    private Inline inline(Object o) {
        if (o instanceof A a) {
            return new Inline.Link(a.getHref() == null ? "" : XmlValues.linkHref(a.getHref()), inlines(a.getContent()));
        } else if (o instanceof Q q) {
            return new Inline.Quote(inlines(q.getContent()));
        } else if (o instanceof Br) {
            return new Inline.LineBreak();
        } else if (o instanceof JAXBElement<?> e && "code".equals(e.getName().getLocalPart())) {
            return new Inline.Code((String) e.getValue());
        } else if (o instanceof InlineContent styled) {
            return new Inline.Styled(style(styled), inlines(styled.getContent()));
        }
        throw new IllegalStateException("unexpected XHTML inline: " + o.getClass().getName());
    }

    private static Inline.Style style(InlineContent c) {
        if (c instanceof Em) {
            return Inline.Style.ITALIC;
        } else if (c instanceof Strong) {
            return Inline.Style.BOLD;
        } else if (c instanceof U) {
            return Inline.Style.UNDERLINE;
        } else if (c instanceof S) {
            return Inline.Style.STRIKETHROUGH;
        } else if (c instanceof Sup) {
            return Inline.Style.SUPERSCRIPT;
        } else if (c instanceof Sub) {
            return Inline.Style.SUBSCRIPT;
        }
        throw new IllegalStateException("unexpected XHTML inline: " + c.getClass().getName());
    }
}
