<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pressmark: shared part of the TEI renderers (tei-to-html.xsl, tei-to-text.xsl).

  Reads the TEI shape of the Pressmark mapping contract: metadata from the teiHeader, the article from
  text/body/div[@type='entry'], reader comments from text/body/div[@type='comments']/post.
  Every value here is looked up in the global context item, the TEI document being rendered.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pm="urn:x-pressmark:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:global-context-item use="required" as="document-node()"/>

  <!-- Containers whose white-space-only text is layout, never content. Mixed-content elements
       (p, item, cell, head, quote, hi, ...) are not listed: a space between two inline elements is a word gap. -->
  <xsl:strip-space elements="TEI teiHeader fileDesc titleStmt publicationStmt sourceDesc notesStmt
      encodingDesc appInfo application profileDesc langUsage textClass keywords availability
      text front body back div list table row figure cit"/>

  <!-- Elements that are blocks in the flow of a body, a section, a quotation or a comment. -->
  <xsl:variable name="pm:block-names" as="xs:string+" select="('text', 'front', 'body', 'back', 'group', 'p', 'ab', 'head', 'quote', 'cit', 'list',
      'table', 'figure', 'div', 'lg', 'l', 'post', 'opener', 'closer', 'byline', 'dateline', 'floatingText',
      'sp', 'listBibl', 'signed', 'trailer', 'postscript')"/>

  <xsl:variable name="pm:header" as="element(teiHeader)?" select="/TEI/teiHeader"/>
  <xsl:variable name="pm:bibl" as="element(bibl)?" select="($pm:header/fileDesc/sourceDesc/bibl)[1]"/>

  <xsl:variable name="pm:title" as="xs:string" select="
      (($pm:header/fileDesc/titleStmt/title[@type = 'main'], $pm:header/fileDesc/titleStmt/title,
        $pm:bibl/title[@level = 'a']) ! normalize-space(.))[. ne ''][1]"/>

  <xsl:variable name="pm:authors" as="xs:string*" select="
      let $stated := $pm:header/fileDesc/titleStmt/author ! normalize-space(.)
      return (if (exists($stated[. ne ''])) then $stated else $pm:bibl/author ! normalize-space(.))[. ne '']"/>

  <xsl:variable name="pm:site" as="xs:string?" select="($pm:bibl/title[@level = 'j'] ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:published" as="xs:string?" select="($pm:bibl/date[@type = 'published']/@when ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:modified" as="xs:string?" select="($pm:bibl/date[@type = 'modified']/@when ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:captured" as="xs:string?" select="($pm:bibl/date[@type = 'captured']/@when ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:converted" as="xs:string?" select="
      ($pm:header/fileDesc/publicationStmt/date[@type = 'conversion']/@when ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:url" as="xs:string?" select="($pm:bibl/ptr[@type = 'original']/@target ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:sha256" as="xs:string?" select="($pm:bibl/idno[@type = 'sha256'] ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:source-file" as="xs:string?" select="($pm:bibl/idno[@type = 'source-file'] ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:source-path" as="xs:string?" select="($pm:bibl/idno[@type = 'source-path'] ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:description" as="xs:string?" select="
      (($pm:bibl/note[@type = 'description'], $pm:header/profileDesc/abstract) ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:rights" as="xs:string?" select="
      ($pm:header/fileDesc/publicationStmt/availability/licence ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:tags" as="xs:string*" select="
      ($pm:header/profileDesc/textClass/keywords/term ! normalize-space(.))[. ne '']"/>
  <xsl:variable name="pm:version" as="xs:string?" select="
      ($pm:header/encodingDesc/appInfo/application[@ident = 'Pressmark']/@version ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:generator" as="xs:string" select="string-join(('Pressmark', $pm:version), ' ')"/>

  <xsl:variable name="pm:language" as="xs:string?" select="
      ((/TEI/@xml:lang, $pm:header/profileDesc/langUsage/language/@ident) ! normalize-space(.))[. ne ''][1]"/>
  <xsl:variable name="pm:rtl" as="xs:boolean" select="
      exists(/TEI/text[matches(@style, '(^|;)\s*direction\s*:\s*rtl\s*(;|$)', 'i')])"/>

  <!-- The rend values by which a p stands for a heading where TEI allows no head. -->
  <xsl:variable name="pm:heading-rends" as="xs:string+" select="('h1', 'h2', 'h3', 'h4', 'h5', 'h6')"/>

  <!-- True for an element that stands as a block in a flow. -->
  <xsl:function name="pm:is-block" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node instance of element() and local-name($node) = $pm:block-names"/>
  </xsl:function>

  <!-- A URL fit for an href or src in the access copy: empty for one that would run script
       (javascript:, vbscript:) or carry a whole document (data:, except images in a src). -->
  <xsl:function name="pm:safe-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:param name="image" as="xs:boolean"/>
    <xsl:variable name="u" as="xs:string" select="normalize-space($url)"/>
    <!-- the scheme is what comes before the first colon, when it is made of scheme characters; the
         pattern looks at those few characters rather than at the whole URL. Only the three schemes
         below matter, so the pattern is tried only on a name that is one of them: Saxon's regex
         engine cost more than the rest of this function, on every link -->
    <xsl:variable name="before-colon" as="xs:string" select="substring-before($u, ':')"/>
    <xsl:variable name="name" as="xs:string" select="lower-case($before-colon)"/>
    <xsl:variable name="scheme" as="xs:string" select="
        if ($name = ('javascript', 'vbscript', 'data') and matches($before-colon, '^[A-Za-z][A-Za-z0-9+.\-]*$'))
        then $name else ''"/>
    <xsl:sequence select="
        if ($u eq '') then ()
        else if ($scheme = ('javascript', 'vbscript')) then ()
        else if ($scheme eq 'data' and not($image and matches($u, '^data:image/(png|jpe?g|gif|webp|avif)[;,]', 'i'))) then ()
        else $u"/>
  </xsl:function>

  <!-- "A", "A and B", "A, B and C". -->
  <xsl:function name="pm:names" as="xs:string">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:sequence select="
        if (count($names) le 1) then string($names[1])
        else string-join($names[position() lt last()], ', ') || ' and ' || $names[last()]"/>
  </xsl:function>

  <!-- The heading level (2..6) that a head, or a p standing for a heading, asks for with rend="hN"; 2 otherwise. -->
  <xsl:function name="pm:heading-level" as="xs:integer">
    <xsl:param name="head" as="element()"/>
    <xsl:variable name="rend" as="xs:string" select="normalize-space($head/@rend)"/>
    <xsl:sequence select="if ($rend = $pm:heading-rends) then max((2, xs:integer(substring($rend, 2)))) else 2"/>
  </xsl:function>

  <!-- Who wrote a comment: what its opener, head or byline says, else its @who without the leading '#'. -->
  <xsl:function name="pm:post-author" as="xs:string?">
    <xsl:param name="post" as="element()"/>
    <xsl:sequence select="(
        ($post/(opener, head, byline, signed) ! normalize-space(.)),
        ($post/@who ! replace(normalize-space(.), '^#', ''))
      )[. ne ''][1]"/>
  </xsl:function>

  <!-- When a comment was posted (ISO 8601), from its @when or @when-iso. -->
  <xsl:function name="pm:post-date" as="xs:string?">
    <xsl:param name="post" as="element()"/>
    <xsl:sequence select="($post/(@when, @when-iso) ! normalize-space(.))[. ne ''][1]"/>
  </xsl:function>

  <!-- The children of a comment that are its text, its author and date lines left out. -->
  <xsl:function name="pm:post-body" as="node()*">
    <xsl:param name="post" as="element()"/>
    <xsl:variable name="author-part" as="element()?" select="$post/(opener, head, byline, signed)[normalize-space(.) ne ''][1]"/>
    <xsl:sequence select="$post/node() except $author-part"/>
  </xsl:function>

</xsl:stylesheet>
