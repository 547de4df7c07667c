package org.pressmark.xml;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Comment;
import org.pressmark.model.Direction;
import org.pressmark.model.Inline;
import org.pressmark.model.Metadata;
import org.pressmark.model.Provenance;
import org.pressmark.xml.newsml.Catalog;
import org.pressmark.xml.newsml.CatalogRef;
import org.pressmark.xml.newsml.ContentMeta;
import org.pressmark.xml.newsml.ContentSet;
import org.pressmark.xml.newsml.Description;
import org.pressmark.xml.newsml.ExtProperty;
import org.pressmark.xml.newsml.FoundDate;
import org.pressmark.xml.newsml.FoundLine;
import org.pressmark.xml.newsml.FoundText;
import org.pressmark.xml.newsml.Generator;
import org.pressmark.xml.newsml.Hash;
import org.pressmark.xml.newsml.How;
import org.pressmark.xml.newsml.ItemMeta;
import org.pressmark.xml.newsml.Language;
import org.pressmark.xml.newsml.Link;
import org.pressmark.xml.newsml.NamedParty;
import org.pressmark.xml.newsml.NewsItem;
import org.pressmark.xml.newsml.OrigRep;
import org.pressmark.xml.newsml.Provider;
import org.pressmark.xml.newsml.QcodeProperty;
import org.pressmark.xml.newsml.RightsInfo;
import org.pressmark.xml.xhtml.A;
import org.pressmark.xml.xhtml.BlockCode;
import org.pressmark.xml.xhtml.Blockquote;
import org.pressmark.xml.xhtml.Body;
import org.pressmark.xml.xhtml.Br;
import org.pressmark.xml.xhtml.Caption;
import org.pressmark.xml.xhtml.Cell;
import org.pressmark.xml.xhtml.Em;
import org.pressmark.xml.xhtml.Figcaption;
import org.pressmark.xml.xhtml.Figure;
import org.pressmark.xml.xhtml.H2;
import org.pressmark.xml.xhtml.H3;
import org.pressmark.xml.xhtml.H4;
import org.pressmark.xml.xhtml.H5;
import org.pressmark.xml.xhtml.H6;
import org.pressmark.xml.xhtml.Head;
import org.pressmark.xml.xhtml.Header;
import org.pressmark.xml.xhtml.Html;
import org.pressmark.xml.xhtml.Img;
import org.pressmark.xml.xhtml.InlineContent;
import org.pressmark.xml.xhtml.Li;
import org.pressmark.xml.xhtml.Ol;
import org.pressmark.xml.xhtml.P;
import org.pressmark.xml.xhtml.Pre;
import org.pressmark.xml.xhtml.Q;
import org.pressmark.xml.xhtml.S;
import org.pressmark.xml.xhtml.Section;
import org.pressmark.xml.xhtml.Strong;
import org.pressmark.xml.xhtml.Sub;
import org.pressmark.xml.xhtml.Sup;
import org.pressmark.xml.xhtml.Table;
import org.pressmark.xml.xhtml.Td;
import org.pressmark.xml.xhtml.Th;
import org.pressmark.xml.xhtml.Time;
import org.pressmark.xml.xhtml.Tr;
import org.pressmark.xml.xhtml.U;
import org.pressmark.xml.xhtml.Ul;

/**
 * Maps one {@link Article} to the generated NewsML-G2 and XHTML classes, following
 * {@code xsd/pressmark-newsml.xsd} and {@code xsd/pressmark-xhtml.xsd}. Every value passes through
 * {@link XmlValues} so that the result is valid against the profile. One instance per document; not
 * thread-safe.
 */
final class NewsMlBuilder {

    private final org.pressmark.xml.newsml.ObjectFactory nar = new org.pressmark.xml.newsml.ObjectFactory();
    private final org.pressmark.xml.xhtml.ObjectFactory xhtml = new org.pressmark.xml.xhtml.ObjectFactory();

    /** Returns the newsItem for the article. */
    NewsItem build(Article article, ConversionStamp stamp) {
        Metadata md = article.metadata();
        NewsItem item = nar.createNewsItem();
        item.setGuid(NewsMl.guid(article));
        item.setVersion(BigInteger.ONE);
        item.setStandard("NewsML-G2");
        item.setStandardversion(NewsMl.STANDARD_VERSION);
        item.setConformance("power");
        XmlValues.language(md.language()).ifPresent(item::setLang);
        if (md.direction() == Direction.RTL) {
            item.setDir(org.pressmark.xml.newsml.Direction.RTL);
        }

        CatalogRef ref = nar.createCatalogRef();
        ref.setHref(NewsMl.IPTC_CATALOG);
        item.setCatalogRef(ref);
        Catalog catalog = nar.createCatalog();
        for (String[] scheme : NewsMl.SCHEMES) {
            Catalog.Scheme s = nar.createCatalogScheme();
            s.setAlias(scheme[0]);
            s.setUri(scheme[1]);
            catalog.getScheme().add(s);
        }
        item.setCatalog(catalog);

        XmlValues.nonBlank(md.rights()).ifPresent(rights -> {
            RightsInfo ri = nar.createRightsInfo();
            ri.setUsageTerms(foundText(rights, how(md, Metadata.Field.RIGHTS)));
            item.setRightsInfo(ri);
        });
        item.setItemMeta(itemMeta(article, stamp));
        item.setContentMeta(contentMeta(md));

        ContentSet set = nar.createContentSet();
        ContentSet.InlineXML inline = nar.createContentSetInlineXML();
        inline.setContenttype("application/xhtml+xml");
        inline.setHtml(html(article));
        set.setInlineXML(inline);
        item.setContentSet(set);
        return item;
    }

    // ------------------------------------------------------------------ itemMeta

    private ItemMeta itemMeta(Article article, ConversionStamp stamp) {
        Metadata md = article.metadata();
        Provenance pv = article.provenance();
        ItemMeta im = nar.createItemMeta();
        im.setItemClass(qcode("ninat:text"));
        Provider provider = nar.createProvider();
        provider.setUri(NewsMl.PROVIDER_URI);
        provider.setName(XmlValues.oneLine(stamp.application()));
        im.setProvider(provider);
        XMLGregorianCalendar converted = calendar(XmlValues.when(stamp.convertedAt()).orElseThrow());
        im.setVersionCreated(converted);
        im.setFirstCreated(converted);
        im.setPubStatus(qcode("stat:usable"));
        Generator generator = nar.createGenerator();
        generator.setValue(XmlValues.oneLine(stamp.application()));
        generator.setVersioninfo(XmlValues.clean(stamp.version()));
        im.setGenerator(generator);
        XmlValues.anyUri(md.url()).ifPresent(url -> {
            OrigRep orig = nar.createOrigRep();
            orig.setValue(url);
            orig.setHow(how(md, Metadata.Field.URL));
            im.setOrigRep(orig);
        });

        Link source = nar.createLink();
        source.setRel("pmprov:source");
        source.setTitle(XmlValues.clean(pv.sourceName()));
        source.setContenttype(XmlValues.clean(pv.mediaType()));
        if (pv.byteCount() >= 0) {
            source.setSize(BigInteger.valueOf(pv.byteCount()));
        }
        XmlValues.anyUri(pv.targetUri()).ifPresent(source::setHref);
        if (pv.warcRecordId() != null) {
            source.setResidref(XmlValues.clean(pv.warcRecordId()));
        }
        Hash hash = nar.createHash();
        hash.setHashtype("pmprov:sha256");
        hash.setValue(pv.sha256());
        source.setHash(hash);
        im.setLink(source);

        List<ExtProperty> ext = im.getItemMetaExtProperty();
        ext.add(ext(NewsMl.CHARSET, pv.charset(), null));
        if (pv.sourcePath() != null) {
            ext.add(ext(NewsMl.SOURCE_PATH, pv.sourcePath(), null));
        }
        XmlValues.when(pv.captureDate()).ifPresent(d -> ext.add(ext(NewsMl.CAPTURED, d, null)));
        if (pv.warcFile() != null) {
            ext.add(ext(NewsMl.WARC_FILE, pv.warcFile(), null));
        }
        if (pv.warcOffset() >= 0) {
            ext.add(ext(NewsMl.WARC_OFFSET, Long.toString(pv.warcOffset()), null));
        }
        if (pv.payloadDigest() != null) {
            ext.add(ext(NewsMl.WARC_PAYLOAD_DIGEST, pv.payloadDigest(), null));
        }
        return im;
    }

    private QcodeProperty qcode(String qcode) {
        QcodeProperty p = nar.createQcodeProperty();
        p.setQcode(qcode);
        return p;
    }

    private ExtProperty ext(String rel, String value, How how) {
        ExtProperty p = nar.createExtProperty();
        p.setRel(rel);
        p.setValue(XmlValues.clean(value));
        p.setHow(how);
        return p;
    }

    private static XMLGregorianCalendar calendar(String lexical) {
        try {
            return DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar(lexical);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("not an xs:dateTime: " + lexical, e);
        }
    }

    // ------------------------------------------------------------------ contentMeta

    private ContentMeta contentMeta(Metadata md) {
        ContentMeta cm = nar.createContentMeta();
        XmlValues.when(md.published()).ifPresent(w -> cm.setContentCreated(foundDate(w, how(md, Metadata.Field.PUBLISHED))));
        XmlValues.when(md.modified()).ifPresent(w -> cm.setContentModified(foundDate(w, how(md, Metadata.Field.MODIFIED))));
        nonBlankLine(md.site()).ifPresent(site -> cm.setInfoSource(party(site, how(md, Metadata.Field.SITE))));
        for (String author : md.authors()) {
            nonBlankLine(author).ifPresent(a -> cm.getCreator().add(party(a, how(md, Metadata.Field.AUTHORS))));
        }
        XmlValues.language(md.language()).ifPresent(tag -> {
            Language lang = nar.createLanguage();
            lang.setTag(tag);
            lang.setHow(how(md, Metadata.Field.LANGUAGE));
            cm.setLanguage(lang);
        });
        for (String tag : md.tags()) {
            nonBlankLine(tag).ifPresent(t -> {
                FoundLine kw = nar.createFoundLine();
                kw.setValue(t);
                kw.setHow(how(md, Metadata.Field.TAGS));
                cm.getKeyword().add(kw);
            });
        }
        XmlValues.nonBlank(md.title()).ifPresent(t -> cm.setHeadline(foundText(t, how(md, Metadata.Field.TITLE))));
        if (md.published() != null) {
            cm.setDateline(md.published().date().toString());
        }
        if (!cm.getCreator().isEmpty()) {
            cm.setBy(String.join(", ", cm.getCreator().stream().map(NamedParty::getName).toList()));
        }
        XmlValues.nonBlank(md.description()).ifPresent(d -> {
            Description desc = nar.createDescription();
            desc.setRole("drol:summary");
            desc.setValue(d);
            desc.setHow(how(md, Metadata.Field.DESCRIPTION));
            cm.setDescription(desc);
        });
        How directionHow = how(md, Metadata.Field.DIRECTION);
        if (md.direction() == Direction.RTL || directionHow != null) {
            cm.setContentMetaExtProperty(ext(NewsMl.DIRECTION, md.direction().attribute(), directionHow));
        }
        return cm;
    }

    private static Optional<String> nonBlankLine(String value) {
        return XmlValues.nonBlank(value).map(XmlValues::oneLine);
    }

    private static How how(Metadata md, Metadata.Field field) {
        Metadata.Origin origin = md.origins().get(field);
        return origin == null ? null : How.fromValue(NewsMl.HOW_PREFIX + origin.label());
    }

    private FoundText foundText(String value, How how) {
        FoundText t = nar.createFoundText();
        t.setValue(value);
        t.setHow(how);
        return t;
    }

    private FoundDate foundDate(String value, How how) {
        FoundDate d = nar.createFoundDate();
        d.setValue(value);
        d.setHow(how);
        return d;
    }

    private NamedParty party(String name, How how) {
        NamedParty p = nar.createNamedParty();
        p.setName(name);
        p.setHow(how);
        return p;
    }

    // ------------------------------------------------------------------ XHTML body

    private Html html(Article article) {
        Metadata md = article.metadata();
        Html html = xhtml.createHtml();
        XmlValues.language(md.language()).ifPresent(html::setLang);
        if (md.direction() == Direction.RTL) {
            html.setDir(org.pressmark.xml.xhtml.Direction.RTL);
        }
        Head head = xhtml.createHead();
        head.setTitle(XmlValues.nonBlank(md.title()).orElse(XmlValues.clean(article.provenance().sourceName())));
        html.setHead(head);
        Body body = xhtml.createBody();
        blocks(article.body(), body.getBlocks());
        if (!article.comments().isEmpty()) {
            Section section = xhtml.createSection();
            section.setClazz("comments");
            for (Comment c : article.comments()) {
                section.getArticle().add(comment(c));
            }
            body.setSection(section);
        }
        html.setBody(body);
        return html;
    }

    private org.pressmark.xml.xhtml.Article comment(Comment comment) {
        org.pressmark.xml.xhtml.Article a = xhtml.createArticle();
        a.setClazz("comment");
        Optional<String> when = XmlValues.when(comment.date());
        if (comment.author() != null || when.isPresent()) {
            Header header = xhtml.createHeader();
            if (comment.author() != null) {
                header.setCite(XmlValues.clean(comment.author()));
            }
            when.ifPresent(w -> {
                Time time = xhtml.createTime();
                time.setDatetime(w);
                time.setValue(w);
                header.setTime(time);
            });
            a.setHeader(header);
        }
        blocks(comment.blocks(), a.getBlocks());
        return a;
    }

    private void blocks(List<Block> blocks, List<Object> out) {
        for (Block b : blocks) {
            out.add(block(b));
        }
    }

    private Object block(Block b) {
        if (b instanceof Block.Paragraph para) {
            return inlines(para.content(), xhtml.createP());
        } else if (b instanceof Block.Heading h) {
            return inlines(h.content(), heading(h.level()));
        } else if (b instanceof Block.Quotation q) {
            Blockquote quote = xhtml.createBlockquote();
            if (q.kind() == Block.QuoteKind.EMBEDDED_POST) {
                quote.setClazz("embedded-post");
            }
            blocks(q.blocks(), quote.getBlocks());
            if (q.attribution() == null) {
                return quote;
            }
            Figure figure = xhtml.createFigure();
            figure.setClazz("quotation");
            figure.setBlockquote(quote);
            Figcaption caption = xhtml.createFigcaption();
            String attribution = XmlValues.clean(q.attribution());
            if (!attribution.isEmpty()) {
                caption.getContent().add(attribution);
            }
            figure.setFigcaption(caption);
            return figure;
        } else if (b instanceof Block.ListBlock list) {
            return list(list);
        } else if (b instanceof Block.Table table) {
            return table(table);
        } else if (b instanceof Block.Figure fig) {
            return figure(fig);
        } else if (b instanceof Block.Preformatted pre) {
            Pre p = xhtml.createPre();
            BlockCode code = xhtml.createBlockCode();
            code.setValue(XmlValues.clean(pre.text()));
            XmlValues.word(pre.language()).ifPresent(lang -> code.setClazz("language-" + lang));
            p.setCode(code);
            return p;
        }
        throw new IllegalArgumentException("unknown block kind: " + b.getClass().getName());
    }

    private InlineContent heading(int level) {
        switch (level) {
            case 2: return xhtml.createH2();
            case 3: return xhtml.createH3();
            case 4: return xhtml.createH4();
            case 5: return xhtml.createH5();
            case 6: return xhtml.createH6();
            default: throw new IllegalArgumentException("heading level must be 2..6: " + level);
        }
    }

    private Object list(Block.ListBlock list) {
        List<Li> items;
        Object result;
        if (list.ordered()) {
            Ol ol = xhtml.createOl();
            items = ol.getLi();
            result = ol;
        } else {
            Ul ul = xhtml.createUl();
            items = ul.getLi();
            result = ul;
        }
        for (Block.ListItem it : list.items()) {
            Li li = xhtml.createLi();
            inlineList(it.content(), li.getContent());
            for (Block.ListBlock sub : it.sublists()) {
                li.getContent().add(list(sub));
            }
            items.add(li);
        }
        return result;
    }

    private Table table(Block.Table table) {
        Table t = xhtml.createTable();
        if (!table.caption().isEmpty()) {
            t.setCaption(inlines(table.caption(), xhtml.createCaption()));
        }
        for (Block.TableRow r : table.rows()) {
            Tr tr = xhtml.createTr();
            for (Block.TableCell c : r.cells()) {
                Cell cell = c.header() ? xhtml.createTh() : xhtml.createTd();
                if (c.colspan() > 1) {
                    cell.setColspan(c.colspan());
                }
                if (c.rowspan() > 1) {
                    cell.setRowspan(c.rowspan());
                }
                inlines(c.content(), cell);
                tr.getThOrTd().add(cell);
            }
            t.getTr().add(tr);
        }
        return t;
    }

    private Figure figure(Block.Figure fig) {
        Figure f = xhtml.createFigure();
        Optional<String> src = XmlValues.anyUri(fig.src());
        String alt = fig.alt() == null ? null : XmlValues.clean(fig.alt());
        if (src.isPresent()) {
            Img img = xhtml.createImg();
            img.setSrc(src.get());
            img.setAlt(alt);
            f.setImg(img);
        } else {
            f.setTitle(alt);
        }
        if (!fig.caption().isEmpty()) {
            f.setFigcaption(inlines(fig.caption(), xhtml.createFigcaption()));
        }
        return f;
    }

    // ------------------------------------------------------------------ inlines

    private <T extends InlineContent> T inlines(List<Inline> content, T target) {
        inlineList(content, target.getContent());
        return target;
    }

    private void inlineList(List<Inline> content, List<Object> out) {
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                String s = XmlValues.clean(t.text());
                if (!s.isEmpty()) {
                    out.add(s);
                }
            } else if (i instanceof Inline.Styled s) {
                out.add(inlines(s.content(), styled(s.style())));
            } else if (i instanceof Inline.Link l) {
                A a = xhtml.createA();
                a.setHref(XmlValues.linkTarget(l.href()));
                out.add(inlines(l.content(), a));
            } else if (i instanceof Inline.Quote q) {
                out.add(inlines(q.content(), xhtml.createQ()));
            } else if (i instanceof Inline.Code c) {
                out.add(xhtml.createCode(XmlValues.clean(c.text())));
            } else if (i instanceof Inline.LineBreak) {
                out.add(xhtml.createBr());
            } else {
                throw new IllegalArgumentException("unknown inline kind: " + i.getClass().getName());
            }
        }
    }

    private InlineContent styled(Inline.Style style) {
        switch (style) {
            case ITALIC: return xhtml.createEm();
            case BOLD: return xhtml.createStrong();
            case UNDERLINE: return xhtml.createU();
            case STRIKETHROUGH: return xhtml.createS();
            case SUPERSCRIPT: return xhtml.createSup();
            case SUBSCRIPT: return xhtml.createSub();
            default: throw new IllegalArgumentException("unknown style: " + style.name().toLowerCase(Locale.ROOT));
        }
    }
}
