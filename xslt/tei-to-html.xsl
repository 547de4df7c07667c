<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pressmark: TEI (Pressmark mapping) to a standalone, semantic HTML5 access copy.

  No scripts; a small inline style sheet for reading. The words of the TEI text are all kept: an element
  this stylesheet does not know is rendered as a div or span with its content.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pm="urn:x-pressmark:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="tei-common.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="yes" include-content-type="no"
      suppress-indentation="p li h1 h2 h3 h4 h5 h6 td th caption figcaption pre dt dd"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:variable name="pm:css" as="xs:string">
body { margin: 0; padding: 1rem; background: #fdfdfb; color: #1f1f1f; }
article, body > footer { max-width: 40rem; margin: 0 auto; }
article { font-family: Georgia, "Times New Roman", serif; font-size: 1.15rem; line-height: 1.6; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; }
header .byline, header .dateline, header .original { margin: .2rem 0; color: #555; font-size: .95rem; }
a { color: #1a4f8b; overflow-wrap: anywhere; }
blockquote { margin: 1rem 0; padding: .1rem 1rem; border-inline-start: 4px solid #ccc; color: #333; }
blockquote footer { font-size: .95rem; color: #555; }
blockquote.embedded-post { border: 1px solid #ccc; border-radius: 6px; }
q { quotes: none; }
figure { margin: 1.5rem 0; }
figure img { max-width: 100%; height: auto; }
figcaption { font-size: .9rem; color: #555; }
table { border-collapse: collapse; margin: 1rem 0; }
caption { font-style: italic; padding: .3rem; }
th, td { border: 1px solid #bbb; padding: .3rem .6rem; vertical-align: top; }
th { background: #f0f0ea; }
pre { overflow-x: auto; padding: .6rem; background: #f4f4f0; font-size: .9rem; line-height: 1.4; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.comments { margin-top: 2.5rem; border-top: 1px solid #ddd; }
.comment { margin: 1rem 0; padding-inline-start: 1rem; border-inline-start: 2px solid #eee; }
body > footer { margin-top: 2rem; padding-top: .5rem; border-top: 1px solid #ddd; font: .8rem/1.4 sans-serif; color: #666; }
body > footer p { margin: .15rem 0; }
</xsl:variable>

  <!-- ===== page ===== -->

  <xsl:template match="/">
    <xsl:apply-templates select="TEI"/>
  </xsl:template>

  <xsl:template match="/TEI">
    <html>
      <xsl:if test="exists($pm:language)">
        <xsl:attribute name="lang" select="$pm:language"/>
      </xsl:if>
      <xsl:attribute name="dir" select="if ($pm:rtl) then 'rtl' else 'ltr'"/>
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$pm:title"/></title>
        <xsl:for-each select="$pm:authors">
          <meta name="author" content="{.}"/>
        </xsl:for-each>
        <xsl:if test="exists($pm:description)">
          <meta name="description" content="{$pm:description}"/>
        </xsl:if>
        <xsl:if test="exists($pm:tags)">
          <meta name="keywords" content="{string-join($pm:tags, ', ')}"/>
        </xsl:if>
        <meta name="generator" content="{$pm:generator}"/>
        <xsl:if test="exists($pm:published)">
          <meta name="dcterms.date" content="{$pm:published}"/>
        </xsl:if>
        <xsl:if test="exists($pm:modified)">
          <meta name="dcterms.modified" content="{$pm:modified}"/>
        </xsl:if>
        <xsl:if test="exists($pm:rights)">
          <meta name="dcterms.rights" content="{$pm:rights}"/>
        </xsl:if>
        <xsl:if test="exists(pm:safe-url($pm:url, false()))">
          <link rel="canonical" href="{pm:safe-url($pm:url, false())}"/>
        </xsl:if>
        <style>
          <xsl:value-of select="$pm:css"/>
        </style>
      </head>
      <body>
        <article>
          <xsl:call-template name="pm:article-header"/>
          <xsl:apply-templates select="text"/>
        </article>
        <xsl:call-template name="pm:provenance"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="pm:article-header">
    <header>
      <h1><xsl:value-of select="$pm:title"/></h1>
      <xsl:if test="exists($pm:authors)">
        <p class="byline">By <xsl:value-of select="pm:names($pm:authors)"/></p>
      </xsl:if>
      <xsl:if test="exists(($pm:published, $pm:modified, $pm:site))">
        <p class="dateline">
          <xsl:if test="exists($pm:published)">
            <time class="published" datetime="{$pm:published}"><xsl:value-of select="$pm:published"/></time>
          </xsl:if>
          <xsl:if test="exists($pm:modified)">
            <xsl:if test="exists($pm:published)"><xsl:text> · </xsl:text></xsl:if>
            <xsl:text>Updated </xsl:text>
            <time class="modified" datetime="{$pm:modified}"><xsl:value-of select="$pm:modified"/></time>
          </xsl:if>
          <xsl:if test="exists($pm:site)">
            <xsl:if test="exists(($pm:published, $pm:modified))"><xsl:text> · </xsl:text></xsl:if>
            <span class="site"><xsl:value-of select="$pm:site"/></span>
          </xsl:if>
        </p>
      </xsl:if>
      <xsl:if test="exists($pm:url)">
        <p class="original">
          <xsl:text>Original: </xsl:text>
          <xsl:choose>
            <xsl:when test="exists(pm:safe-url($pm:url, false()))">
              <a href="{$pm:url}"><xsl:value-of select="$pm:url"/></a>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="$pm:url"/>
            </xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:if>
    </header>
  </xsl:template>

  <xsl:template name="pm:provenance">
    <footer class="provenance">
      <xsl:if test="exists($pm:source-file)">
        <p>Source file: <code><xsl:value-of select="$pm:source-file"/></code></p>
      </xsl:if>
      <xsl:if test="exists($pm:source-path) and $pm:source-path ne $pm:source-file">
        <p>Source path: <code><xsl:value-of select="$pm:source-path"/></code></p>
      </xsl:if>
      <xsl:if test="exists($pm:sha256)">
        <p>SHA-256: <code><xsl:value-of select="$pm:sha256"/></code></p>
      </xsl:if>
      <xsl:if test="exists($pm:captured)">
        <p>Captured: <time datetime="{$pm:captured}"><xsl:value-of select="$pm:captured"/></time></p>
      </xsl:if>
      <xsl:if test="exists($pm:converted)">
        <p>Converted: <time datetime="{$pm:converted}"><xsl:value-of select="$pm:converted"/></time></p>
      </xsl:if>
      <xsl:if test="exists($pm:rights)">
        <p>Rights: <xsl:value-of select="$pm:rights"/></p>
      </xsl:if>
      <p>Converted by <xsl:value-of select="$pm:generator"/></p>
    </footer>
  </xsl:template>

  <!-- ===== flow of blocks ===== -->

  <!-- Renders the children of a container: blocks as themselves, each run of loose inline content as a p. -->
  <xsl:template name="pm:flow">
    <xsl:param name="nodes" as="node()*" select="node()"/>
    <xsl:for-each-group select="$nodes" group-adjacent="pm:is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()"/>
        </xsl:when>
        <xsl:when test="exists(current-group()[self::*]) or normalize-space(string-join(current-group()[self::text()], '')) ne ''">
          <p><xsl:apply-templates select="current-group()"/></p>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template match="text | body | front | back">
    <xsl:call-template name="pm:flow"/>
  </xsl:template>

  <xsl:template match="div[@type = 'entry']">
    <xsl:call-template name="pm:flow"/>
  </xsl:template>

  <xsl:template match="div">
    <section>
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:if test="@type and @type ne 'section'">
        <xsl:attribute name="class" select="@type"/>
      </xsl:if>
      <xsl:call-template name="pm:flow"/>
    </section>
  </xsl:template>

  <xsl:template match="div[@type = 'comments']" priority="2">
    <section class="comments">
      <xsl:apply-templates select="@xml:lang"/>
      <h2>Comments</h2>
      <xsl:call-template name="pm:flow"/>
    </section>
  </xsl:template>

  <xsl:template match="post">
    <xsl:variable name="author" select="pm:post-author(.)"/>
    <xsl:variable name="date" select="pm:post-date(.)"/>
    <article class="comment">
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:if test="exists(($author, $date))">
        <header>
          <xsl:if test="exists($author)">
            <span class="comment-author"><xsl:value-of select="$author"/></span>
          </xsl:if>
          <xsl:if test="exists($date)">
            <xsl:if test="exists($author)"><xsl:text> · </xsl:text></xsl:if>
            <time datetime="{$date}"><xsl:value-of select="$date"/></time>
          </xsl:if>
        </header>
      </xsl:if>
      <xsl:call-template name="pm:flow">
        <xsl:with-param name="nodes" select="pm:post-body(.)"/>
      </xsl:call-template>
    </article>
  </xsl:template>

  <xsl:template match="head">
    <xsl:element name="h{pm:heading-level(.)}">
      <xsl:apply-templates select="@xml:lang, node()"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="p | ab | l | byline | dateline | opener | closer | signed | trailer">
    <p>
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:if test="not(self::p)">
        <xsl:attribute name="class" select="local-name()"/>
      </xsl:if>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- a heading where TEI allows no head (in a quotation or a comment) is a p with rend="hN" -->
  <xsl:template match="p[normalize-space(@rend) = $pm:heading-rends]" priority="2">
    <xsl:element name="h{pm:heading-level(.)}">
      <xsl:apply-templates select="@xml:lang, node()"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="ab[@type = 'code']" priority="2">
    <pre><code>
      <xsl:if test="normalize-space(@subtype) ne ''">
        <xsl:attribute name="class" select="'language-' || normalize-space(@subtype)"/>
      </xsl:if>
      <xsl:value-of select="."/>
    </code></pre>
  </xsl:template>

  <xsl:template match="quote">
    <blockquote>
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:if test="@type = 'embedded-post'">
        <xsl:attribute name="class" select="'embedded-post'"/>
      </xsl:if>
      <xsl:call-template name="pm:flow"/>
    </blockquote>
  </xsl:template>

  <xsl:template match="cit">
    <xsl:variable name="quotes" select="quote"/>
    <xsl:variable name="attribution" select="(bibl, author, ref)[normalize-space(.) ne '']"/>
    <blockquote>
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:if test="$quotes/@type = 'embedded-post'">
        <xsl:attribute name="class" select="'embedded-post'"/>
      </xsl:if>
      <xsl:for-each select="$quotes">
        <xsl:call-template name="pm:flow"/>
      </xsl:for-each>
      <!-- anything else a cit may hold, kept -->
      <xsl:call-template name="pm:flow">
        <xsl:with-param name="nodes" select="node() except ($quotes, $attribution)"/>
      </xsl:call-template>
      <xsl:if test="exists($attribution)">
        <footer>
          <xsl:text>— </xsl:text>
          <cite>
            <xsl:for-each select="$attribution">
              <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
              <xsl:apply-templates/>
            </xsl:for-each>
          </cite>
        </footer>
      </xsl:if>
    </blockquote>
  </xsl:template>

  <xsl:template match="list">
    <xsl:apply-templates select="head" mode="list-head"/>
    <xsl:element name="{if (@type = 'ordered') then 'ol' else 'ul'}">
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:apply-templates select="item"/>
      <xsl:if test="exists(* except (head, item))">
        <li>
          <xsl:apply-templates select="* except (head, item)"/>
        </li>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template match="list/head" mode="list-head">
    <p class="list-head"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <xsl:apply-templates select="@xml:lang, node()"/>
    </li>
  </xsl:template>

  <xsl:template match="table">
    <table>
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:if test="exists(head)">
        <caption>
          <xsl:for-each select="head">
            <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
            <xsl:apply-templates/>
          </xsl:for-each>
        </caption>
      </xsl:if>
      <!-- leading rows made only of label cells are the table's head -->
      <xsl:variable name="rows" select="row"/>
      <xsl:variable name="first-body-row" select="($rows[exists(cell[not(@role = 'label')]) or empty(cell)])[1]"/>
      <xsl:variable name="head-rows" select="if (exists($first-body-row)) then $rows[. &lt;&lt; $first-body-row] else ()"/>
      <xsl:if test="exists($head-rows)">
        <thead>
          <xsl:apply-templates select="$head-rows"/>
        </thead>
      </xsl:if>
      <tbody>
        <xsl:apply-templates select="$rows except $head-rows"/>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template match="row">
    <tr>
      <xsl:apply-templates select="cell"/>
    </tr>
  </xsl:template>

  <xsl:template match="cell">
    <xsl:element name="{if (@role = 'label' or parent::row/@role = 'label') then 'th' else 'td'}">
      <xsl:if test="xs:integer(@cols[. castable as xs:integer]) gt 1">
        <xsl:attribute name="colspan" select="xs:integer(@cols)"/>
      </xsl:if>
      <xsl:if test="xs:integer(@rows[. castable as xs:integer]) gt 1">
        <xsl:attribute name="rowspan" select="xs:integer(@rows)"/>
      </xsl:if>
      <xsl:apply-templates select="@xml:lang, node()"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="figure">
    <figure>
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:variable name="alt" select="string-join(figDesc ! normalize-space(.), ' ')"/>
      <xsl:variable name="sources" as="xs:string*" select="graphic ! pm:safe-url(@url, true())"/>
      <xsl:for-each select="$sources">
        <img src="{.}" alt="{$alt}"/>
      </xsl:for-each>
      <xsl:if test="empty($sources) and $alt ne ''">
        <!-- no image to carry the description: keep its words -->
        <p class="figure-description"><xsl:value-of select="$alt"/></p>
      </xsl:if>
      <xsl:call-template name="pm:flow">
        <xsl:with-param name="nodes" select="node() except (graphic, head, figDesc)"/>
      </xsl:call-template>
      <xsl:if test="exists(head)">
        <figcaption>
          <xsl:for-each select="head">
            <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
            <xsl:apply-templates/>
          </xsl:for-each>
        </figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <!-- ===== inline ===== -->

  <xsl:template match="text()">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="@xml:lang">
    <xsl:attribute name="lang" select="."/>
  </xsl:template>

  <xsl:template match="hi">
    <xsl:call-template name="pm:styled">
      <xsl:with-param name="styles" select="tokenize(normalize-space(@rend), ' ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The HTML element for each rend token that has one; built once, not for every hi. -->
  <xsl:variable name="pm:style-elements" as="map(xs:string, xs:string)" select="map {
      'italic': 'em', 'bold': 'strong', 'underline': 'u', 'strikethrough': 's',
      'superscript': 'sup', 'subscript': 'sub' }"/>

  <!-- One HTML element per rend token, nested in the order given. -->
  <xsl:template name="pm:styled">
    <xsl:param name="styles" as="xs:string*"/>
    <xsl:choose>
      <xsl:when test="empty($styles)">
        <xsl:apply-templates/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="name" select="$pm:style-elements($styles[1])"/>
        <xsl:element name="{($name, 'span')[1]}">
          <xsl:if test="empty($name)">
            <xsl:attribute name="class" select="$styles[1]"/>
          </xsl:if>
          <xsl:call-template name="pm:styled">
            <xsl:with-param name="styles" select="tail($styles)"/>
          </xsl:call-template>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="ref">
    <xsl:variable name="href" as="xs:string?" select="pm:safe-url(@target, false())"/>
    <xsl:choose>
      <xsl:when test="exists($href)">
        <a href="{$href}"><xsl:apply-templates select="@xml:lang, node()"/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ref"><xsl:apply-templates select="@xml:lang, node()"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="ptr[exists(pm:safe-url(@target, false()))]">
    <a href="{pm:safe-url(@target, false())}"><xsl:value-of select="normalize-space(@target)"/></a>
  </xsl:template>

  <xsl:template match="q">
    <q><xsl:apply-templates select="@xml:lang, node()"/></q>
  </xsl:template>

  <xsl:template match="code">
    <code><xsl:value-of select="."/></code>
  </xsl:template>

  <xsl:template match="lb">
    <br/>
  </xsl:template>

  <!-- Parts of the TEI that are not text of the page. -->
  <xsl:template match="graphic | figDesc | note[@type = 'metadata-origin'] | teiHeader"/>

  <!-- An element this stylesheet does not know: kept with its content, never dropped. -->
  <xsl:template match="*">
    <xsl:choose>
      <xsl:when test="exists(*[pm:is-block(.)])">
        <div class="tei-{local-name()}">
          <xsl:apply-templates select="@xml:lang"/>
          <xsl:call-template name="pm:flow"/>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <span class="tei-{local-name()}">
          <xsl:apply-templates select="@xml:lang, node()"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
