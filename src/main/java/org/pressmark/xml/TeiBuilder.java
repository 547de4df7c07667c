package org.pressmark.xml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Comment;
import org.pressmark.model.Direction;
import org.pressmark.model.Inline;
import org.pressmark.model.Metadata;
import org.pressmark.model.Provenance;
import org.pressmark.xml.tei.Ab;
import org.pressmark.xml.tei.AppInfo;
import org.pressmark.xml.tei.Application;
import org.pressmark.xml.tei.Availability;
import org.pressmark.xml.tei.BiblTitle;
import org.pressmark.xml.tei.Body;
import org.pressmark.xml.tei.Byline;
import org.pressmark.xml.tei.Cell;
import org.pressmark.xml.tei.Cit;
import org.pressmark.xml.tei.DatedEvent;
import org.pressmark.xml.tei.EncodingDesc;
import org.pressmark.xml.tei.Extent;
import org.pressmark.xml.tei.Figure;
import org.pressmark.xml.tei.FileDesc;
import org.pressmark.xml.tei.Graphic;
import org.pressmark.xml.tei.Head;
import org.pressmark.xml.tei.HeadingRend;
import org.pressmark.xml.tei.Hi;
import org.pressmark.xml.tei.Identifier;
import org.pressmark.xml.tei.Item;
import org.pressmark.xml.tei.Keywords;
import org.pressmark.xml.tei.LangUsage;
import org.pressmark.xml.tei.Language;
import org.pressmark.xml.tei.Lb;
import org.pressmark.xml.tei.MainTitle;
import org.pressmark.xml.tei.Measure;
import org.pressmark.xml.tei.NotesStmt;
import org.pressmark.xml.tei.ObjectFactory;
import org.pressmark.xml.tei.Origin;
import org.pressmark.xml.tei.OriginNote;
import org.pressmark.xml.tei.P;
import org.pressmark.xml.tei.Post;
import org.pressmark.xml.tei.ProfileDesc;
import org.pressmark.xml.tei.Ptr;
import org.pressmark.xml.tei.PublicationStmt;
import org.pressmark.xml.tei.Q;
import org.pressmark.xml.tei.Quote;
import org.pressmark.xml.tei.Ref;
import org.pressmark.xml.tei.Row;
import org.pressmark.xml.tei.SectionDiv;
import org.pressmark.xml.tei.SourceDesc;
import org.pressmark.xml.tei.SourceNote;
import org.pressmark.xml.tei.TEI;
import org.pressmark.xml.tei.Table;
import org.pressmark.xml.tei.TeiHeader;
import org.pressmark.xml.tei.TeiList;
import org.pressmark.xml.tei.Text;
import org.pressmark.xml.tei.TextClass;
import org.pressmark.xml.tei.TitleStmt;
import org.pressmark.xml.tei.TopDiv;
import org.pressmark.xml.tei.WebPage;

/**
 * Maps one {@link Article} to the generated TEI classes, following the TEI mapping of the team notes.
 * Every value passes through {@link XmlValues} so that the result is valid against the Pressmark profile
 * (and so against tei_all). One instance per document; not thread-safe.
 */
final class TeiBuilder {

    private final ObjectFactory tei = new ObjectFactory();

    /** Returns the TEI document for the article. */
    TEI build(Article article, ConversionStamp stamp) {
        Metadata md = article.metadata();
        TEI doc = tei.createTEI();
        XmlValues.language(md.language()).ifPresent(doc::setLang);
        TeiHeader header = tei.createTeiHeader();
        header.setFileDesc(fileDesc(article, stamp));
        header.setEncodingDesc(encodingDesc(stamp));
        header.setProfileDesc(profileDesc(md));
        doc.setTeiHeader(header);
        doc.setText(text(article));
        return doc;
    }

    // ------------------------------------------------------------------ header

    private FileDesc fileDesc(Article article, ConversionStamp stamp) {
        Metadata md = article.metadata();
        Provenance pv = article.provenance();
        String title = XmlValues.nonBlank(md.title()).orElse(XmlValues.clean(pv.sourceName()));
        List<String> authors = new ArrayList<>();
        for (String a : md.authors()) {
            XmlValues.nonBlank(a).ifPresent(authors::add);
        }

        FileDesc fd = tei.createFileDesc();
        TitleStmt ts = tei.createTitleStmt();
        MainTitle mt = tei.createMainTitle();
        mt.setType("main");
        mt.setValue(title);
        ts.setTitle(mt);
        ts.getAuthor().addAll(authors);
        fd.setTitleStmt(ts);

        PublicationStmt ps = tei.createPublicationStmt();
        ps.setPublisher(stamp.application());
        ps.setDate(dated("conversion", XmlValues.when(stamp.convertedAt()).orElseThrow()));
        XmlValues.nonBlank(md.rights()).ifPresent(rights -> {
            Availability av = tei.createAvailability();
            av.setLicence(rights);
            ps.setAvailability(av);
        });
        fd.setPublicationStmt(ps);

        NotesStmt notes = tei.createNotesStmt();
        // in the order of Metadata.Field, not the map's (which is unspecified), so that output is stable
        for (Metadata.Field field : Metadata.Field.values()) {
            Metadata.Origin origin = md.origins().get(field);
            if (origin != null) {
                OriginNote note = tei.createOriginNote();
                note.setType("metadata-origin");
                note.setSubtype(field.name().toLowerCase(Locale.ROOT));
                note.setValue(Origin.fromValue(origin.label()));
                notes.getNote().add(note);
            }
        }
        if (!notes.getNote().isEmpty()) {
            fd.setNotesStmt(notes);
        }

        SourceDesc sd = tei.createSourceDesc();
        sd.setBibl(webPage(md, pv, title, authors));
        fd.setSourceDesc(sd);
        return fd;
    }

    private WebPage webPage(Metadata md, Provenance pv, String title, List<String> authors) {
        WebPage bibl = tei.createWebPage();
        bibl.setType("webPage");
        List<Object> c = bibl.getContent();
        c.add(tei.createWebPageTitle(biblTitle("a", title)));
        for (String a : authors) {
            c.add(tei.createAuthor(a));
        }
        XmlValues.nonBlank(md.site()).ifPresent(site -> c.add(tei.createWebPageTitle(biblTitle("j", site))));
        XmlValues.when(md.published()).ifPresent(w -> c.add(tei.createWebPageDate(dated("published", w))));
        XmlValues.when(md.modified()).ifPresent(w -> c.add(tei.createWebPageDate(dated("modified", w))));
        XmlValues.when(pv.captureDate()).ifPresent(w -> c.add(tei.createWebPageDate(dated("captured", w))));
        XmlValues.anyUri(md.url()).ifPresent(u -> c.add(ptr("original", u)));
        XmlValues.anyUri(pv.targetUri()).ifPresent(u -> c.add(ptr("captured", u)));

        c.add(tei.createWebPageIdno(idno("sha256", pv.sha256())));
        String sourceName = XmlValues.clean(pv.sourceName());
        c.add(tei.createWebPageIdno(idno("source-file", sourceName)));
        // written even when equal to the name, so that a reader can tell "same as the name" from "unknown"
        XmlValues.nonBlank(pv.sourcePath())
                .ifPresent(p -> c.add(tei.createWebPageIdno(idno("source-path", p))));
        XmlValues.nonBlank(pv.warcRecordId())
                .ifPresent(id -> c.add(tei.createWebPageIdno(idno("warc-record-id", id))));
        XmlValues.nonBlank(pv.payloadDigest())
                .ifPresent(d -> c.add(tei.createWebPageIdno(idno("warc-payload-digest", d))));
        if (pv.byteCount() >= 0) {
            Measure m = tei.createMeasure();
            m.setUnit("byte");
            m.setQuantity(BigInteger.valueOf(pv.byteCount()));
            m.setValue(Long.toString(pv.byteCount()));
            Extent extent = tei.createExtent();
            extent.setMeasure(m);
            c.add(extent);
        }

        c.add(tei.createWebPageNote(sourceNote("media-type", XmlValues.clean(pv.mediaType()))));
        c.add(tei.createWebPageNote(sourceNote("charset", XmlValues.clean(pv.charset()))));
        XmlValues.nonBlank(pv.warcFile()).ifPresent(f -> c.add(tei.createWebPageNote(sourceNote("warc-file", f))));
        if (pv.warcOffset() >= 0) {
            c.add(tei.createWebPageNote(sourceNote("warc-offset", Long.toString(pv.warcOffset()))));
        }
        XmlValues.nonBlank(md.description())
                .ifPresent(d -> c.add(tei.createWebPageNote(sourceNote("description", d))));
        return bibl;
    }

    private BiblTitle biblTitle(String level, String value) {
        BiblTitle t = tei.createBiblTitle();
        t.setLevel(level);
        t.setValue(value);
        return t;
    }

    private DatedEvent dated(String type, String when) {
        DatedEvent d = tei.createDatedEvent();
        d.setType(type);
        d.setWhen(when);
        return d;
    }

    private Ptr ptr(String type, String target) {
        Ptr p = tei.createPtr();
        p.setType(type);
        p.setTarget(target);
        return p;
    }

    private Identifier idno(String type, String value) {
        Identifier id = tei.createIdentifier();
        id.setType(type);
        id.setValue(value);
        return id;
    }

    private SourceNote sourceNote(String type, String value) {
        SourceNote n = tei.createSourceNote();
        n.setType(type);
        n.setValue(value);
        return n;
    }

    private EncodingDesc encodingDesc(ConversionStamp stamp) {
        Application app = tei.createApplication();
        app.setIdent(stamp.application());
        String version = XmlValues.clean(stamp.version()).strip();
        String teiVersion = XmlValues.teiVersion(version);
        app.setVersion(teiVersion);
        app.setLabel(stamp.application());
        if (!teiVersion.equals(version)) {
            P full = tei.createP();
            full.getContent().add(version);
            app.setP(full);
        }
        AppInfo info = tei.createAppInfo();
        info.setApplication(app);
        EncodingDesc ed = tei.createEncodingDesc();
        ed.setAppInfo(info);
        return ed;
    }

    private ProfileDesc profileDesc(Metadata md) {
        ProfileDesc pd = tei.createProfileDesc();
        XmlValues.language(md.language()).ifPresent(tag -> {
            Language lang = tei.createLanguage();
            lang.setIdent(tag);
            LangUsage usage = tei.createLangUsage();
            usage.setLanguage(lang);
            pd.setLangUsage(usage);
        });
        Keywords kw = tei.createKeywords();
        for (String tag : md.tags()) {
            XmlValues.nonBlank(tag).ifPresent(kw.getTerm()::add);
        }
        if (!kw.getTerm().isEmpty()) {
            TextClass tc = tei.createTextClass();
            tc.setKeywords(kw);
            pd.setTextClass(tc);
        }
        return pd.getLangUsage() == null && pd.getTextClass() == null ? null : pd;
    }

    // ------------------------------------------------------------------ text

    private Text text(Article article) {
        TopDiv entry = tei.createTopDiv();
        entry.setType("entry");
        SectionDiv section = null;
        for (Block b : article.body()) {
            if (b instanceof Block.Heading h) {
                section = tei.createSectionDiv();
                section.setType("section");
                Head head = tei.createHead();
                head.setRend(HeadingRend.fromValue("h" + h.level()));
                inlines(h.content(), head.getContent());
                section.setHead(head);
                entry.getSections().add(section);
            } else {
                blocks(List.of(b), section == null ? entry.getBlocks() : section.getBlocks());
            }
        }
        Body body = tei.createBody();
        body.getDiv().add(entry);
        if (!article.comments().isEmpty()) {
            TopDiv comments = tei.createTopDiv();
            comments.setType("comments");
            for (Comment c : article.comments()) {
                comments.getPosts().add(post(c));
            }
            body.getDiv().add(comments);
        }
        Text text = tei.createText();
        text.setBody(body);
        if (article.metadata().direction() == Direction.RTL) {
            text.setStyle("direction: rtl");
        }
        return text;
    }

    private Post post(Comment comment) {
        Post post = tei.createPost();
        post.setType("comment");
        XmlValues.when(comment.date()).ifPresent(post::setWhen);
        XmlValues.nonBlank(comment.author()).ifPresent(name -> {
            Byline byline = tei.createByline();
            byline.setDocAuthor(name);
            post.setByline(byline);
        });
        blocks(comment.blocks(), post.getBlocks());
        return post;
    }

    /**
     * Adds the TEI form of blocks that stand inside a section, a quotation or a comment. A heading here
     * (where TEI allows no head) becomes a paragraph with {@code rend="hN"}.
     */
    private void blocks(List<Block> blocks, List<Object> out) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                P p = tei.createP();
                p.setRend(HeadingRend.fromValue("h" + h.level()));
                inlines(h.content(), p.getContent());
                out.add(p);
            } else if (b instanceof Block.Paragraph para) {
                P p = tei.createP();
                inlines(para.content(), p.getContent());
                out.add(p);
            } else if (b instanceof Block.Quotation q) {
                out.add(quotation(q));
            } else if (b instanceof Block.ListBlock list) {
                listBlock(list).ifPresent(out::add);
            } else if (b instanceof Block.Table table) {
                table(table, out);
            } else if (b instanceof Block.Figure fig) {
                out.add(figure(fig));
            } else if (b instanceof Block.Preformatted pre) {
                Ab ab = tei.createAb();
                ab.setType("code");
                XmlValues.word(pre.language()).ifPresent(ab::setSubtype);
                ab.setSpace("preserve");
                ab.setValue(XmlValues.clean(pre.text()));
                out.add(ab);
            } else {
                throw new IllegalArgumentException("unknown block kind: " + b.getClass().getName());
            }
        }
    }

    private Object quotation(Block.Quotation q) {
        Quote quote = tei.createQuote();
        if (q.kind() == Block.QuoteKind.EMBEDDED_POST) {
            quote.setType("embedded-post");
        }
        blocks(q.blocks(), quote.getBlocks());
        Optional<String> attribution = XmlValues.nonBlank(q.attribution());
        if (attribution.isEmpty()) {
            return quote;
        }
        Cit cit = tei.createCit();
        cit.setQuote(quote);
        cit.setBibl(attribution.get());
        return cit;
    }

    /** Returns the list, or empty when it has no item (TEI requires one). */
    private Optional<TeiList> listBlock(Block.ListBlock list) {
        if (list.items().isEmpty()) {
            return Optional.empty();
        }
        TeiList l = tei.createTeiList();
        l.setType(list.ordered() ? "ordered" : "unordered");
        for (Block.ListItem it : list.items()) {
            Item item = tei.createItem();
            inlines(it.content(), item.getContent());
            for (Block.ListBlock sub : it.sublists()) {
                listBlock(sub).ifPresent(item.getContent()::add);
            }
            l.getItem().add(item);
        }
        return Optional.of(l);
    }

    /**
     * Adds the table. Rows without cells are left out; a table left without rows (TEI requires one) is
     * written as its caption in a paragraph, or not at all when it has none.
     */
    private void table(Block.Table table, List<Object> out) {
        Table t = tei.createTable();
        for (Block.TableRow r : table.rows()) {
            if (r.cells().isEmpty()) {
                continue;
            }
            Row row = tei.createRow();
            for (Block.TableCell c : r.cells()) {
                Cell cell = tei.createCell();
                if (c.header()) {
                    cell.setRole("label");
                }
                if (c.colspan() > 1) {
                    cell.setCols(c.colspan());
                }
                if (c.rowspan() > 1) {
                    cell.setRows(c.rowspan());
                }
                inlines(c.content(), cell.getContent());
                row.getCell().add(cell);
            }
            t.getRow().add(row);
        }
        if (t.getRow().isEmpty()) {
            if (!table.caption().isEmpty()) {
                P p = tei.createP();
                inlines(table.caption(), p.getContent());
                out.add(p);
            }
            return;
        }
        if (!table.caption().isEmpty()) {
            Head head = tei.createHead();
            inlines(table.caption(), head.getContent());
            t.setHead(head);
        }
        out.add(t);
    }

    private Figure figure(Block.Figure fig) {
        Figure f = tei.createFigure();
        XmlValues.anyUri(fig.src()).ifPresent(url -> {
            Graphic g = tei.createGraphic();
            g.setUrl(url);
            f.setGraphic(g);
        });
        if (!fig.caption().isEmpty()) {
            Head head = tei.createHead();
            inlines(fig.caption(), head.getContent());
            f.setHead(head);
        }
        if (fig.alt() != null) {
            // an empty alt (a decorative image) is kept as an empty figDesc
            f.setFigDesc(XmlValues.clean(fig.alt()));
        }
        return f;
    }

    // ------------------------------------------------------------------ inlines

    private void inlines(List<Inline> content, List<Object> out) {
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                String s = XmlValues.clean(t.text());
                if (!s.isEmpty()) {
                    out.add(s);
                }
            } else if (i instanceof Inline.Styled s) {
                Hi hi = tei.createHi();
                hi.setRend(s.style().name().toLowerCase(Locale.ROOT));
                inlines(s.content(), hi.getContent());
                out.add(hi);
            } else if (i instanceof Inline.Link l) {
                Ref ref = tei.createRef();
                ref.setTarget(XmlValues.linkTarget(l.href()));
                inlines(l.content(), ref.getContent());
                out.add(ref);
            } else if (i instanceof Inline.Quote q) {
                Q quote = tei.createQ();
                inlines(q.content(), quote.getContent());
                out.add(quote);
            } else if (i instanceof Inline.Code c) {
                out.add(tei.createCode(XmlValues.clean(c.text())));
            } else if (i instanceof Inline.LineBreak) {
                Lb lb = tei.createLb();
                out.add(lb);
            } else {
                throw new IllegalArgumentException("unknown inline kind: " + i.getClass().getName());
            }
        }
    }
}
