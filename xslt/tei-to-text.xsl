<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pressmark: TEI (Pressmark mapping) to a plain-text access copy.

  Layout: the title and a few metadata lines, a blank line, then the blocks of the body separated by blank
  lines. A paragraph is one line (white space collapsed, no hard wrapping; an lb is kept as a line break).
  Lists are "- item" / "1. item" lines, nested lists indented by two spaces; quotations are "> " lines with
  a "— attribution" line; table rows are cells joined by " | "; figures are "[Figure: caption]"; code is
  kept verbatim. Reader comments come last under a "Comments" line. The text ends with one newline.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pm="urn:x-pressmark:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="tei-common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:mode name="block" on-no-match="shallow-skip"/>
  <xsl:mode name="inline" on-no-match="text-only-copy"/>

  <xsl:variable name="pm:nl" as="xs:string" select="'&#10;'"/>

  <xsl:template match="/">
    <xsl:variable name="heading" as="xs:string*" select="(
        $pm:title,
        (if (exists($pm:authors)) then 'By: ' || string-join($pm:authors, '; ') else ()),
        $pm:published ! ('Published: ' || .),
        $pm:modified ! ('Updated: ' || .),
        $pm:site ! ('Site: ' || .),
        $pm:url ! ('Original: ' || .))"/>
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:apply-templates select="/TEI/text" mode="block"/>
    </xsl:variable>
    <!-- written out part by part: joining the parts into one string first copied the whole text several
         times over (into the join, into the concatenation with the last newline, and out of it) -->
    <xsl:for-each select="(string-join($heading, $pm:nl), $blocks)[. ne '']">
      <xsl:if test="position() gt 1">
        <xsl:value-of select="$pm:nl || $pm:nl"/>
      </xsl:if>
      <xsl:value-of select="."/>
    </xsl:for-each>
    <xsl:value-of select="$pm:nl"/>
  </xsl:template>

  <!-- ===== functions ===== -->

  <!-- Inline content as one paragraph: white space collapsed to single spaces, lb kept as a newline. -->
  <xsl:function name="pm:inline" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:choose>
      <!-- a paragraph without markup: its newlines are spaces like the rest of its white space, and
           one normalize-space is all it needs -->
      <xsl:when test="count($nodes) eq 1 and $nodes instance of text()">
        <xsl:sequence select="normalize-space($nodes)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="parts" as="xs:string*">
          <xsl:apply-templates select="$nodes" mode="inline"/>
        </xsl:variable>
        <!-- a part alone needs no join, which would copy it -->
        <xsl:variable name="joined" as="xs:string" select="if (count($parts) eq 1) then $parts else string-join($parts, '')"/>
        <!-- line by line with normalize-space rather than regular expressions: Saxon's regex engine made
             this function the cost of the whole stylesheet on long documents. Most paragraphs hold no line
             break at all: one normalize-space is all they need, with no further copy of the string -->
        <xsl:sequence select="if (contains($joined, $pm:nl)) then pm:lines($joined) else normalize-space($joined)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Text with line breaks: each line with its white space collapsed, blank lines at either end left out. -->
  <xsl:function name="pm:lines" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="lines" as="xs:string*" select="tokenize($text, '\n') ! normalize-space(.)"/>
    <xsl:variable name="filled" as="xs:integer*" select="index-of($lines ! (. ne ''), true())"/>
    <xsl:sequence select="if (empty($filled)) then ''
        else string-join(subsequence($lines, $filled[1], $filled[last()] - $filled[1] + 1), $pm:nl)"/>
  </xsl:function>

  <!-- Inline content on a single line (headings, cells, captions). -->
  <xsl:function name="pm:line" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" as="xs:string" select="pm:inline($nodes)"/>
    <xsl:sequence select="if (contains($text, $pm:nl)) then translate($text, $pm:nl, ' ') else $text"/>
  </xsl:function>

  <!-- The blocks of a flow: block elements by their templates, each run of loose inline content as a paragraph. -->
  <xsl:function name="pm:flow" as="xs:string*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:for-each-group select="$nodes" group-adjacent="pm:is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()" mode="block"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="pm:inline(current-group())[. ne '']"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:function>

  <!-- Each line of a text prefixed as a quotation. -->
  <xsl:function name="pm:quoted" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="string-join(tokenize($text, '\n') ! (if (. eq '') then '>' else '> ' || .), $pm:nl)"/>
  </xsl:function>

  <!-- ===== blocks ===== -->

  <xsl:template match="text | body | front | back | div" mode="block" as="xs:string*">
    <xsl:sequence select="pm:flow(node())"/>
  </xsl:template>

  <xsl:template match="div[@type = 'comments']" mode="block" as="xs:string*">
    <xsl:variable name="posts" as="xs:string*" select="pm:flow(node())"/>
    <xsl:if test="exists($posts)">
      <xsl:sequence select="'Comments', $posts"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="post" mode="block" as="xs:string?">
    <xsl:variable name="author" select="pm:post-author(.)"/>
    <xsl:variable name="date" select="pm:post-date(.)"/>
    <xsl:variable name="line" as="xs:string" select="string-join(('Comment',
        $author ! ('by ' || .), $date ! ('on ' || .)), ' ')"/>
    <xsl:variable name="body" as="xs:string*" select="pm:flow(pm:post-body(.))"/>
    <xsl:sequence select="string-join(($line, string-join($body, $pm:nl || $pm:nl)[. ne '']), $pm:nl)"/>
  </xsl:template>

  <xsl:template match="head | p[normalize-space(@rend) = $pm:heading-rends]" mode="block" priority="2" as="xs:string?">
    <xsl:sequence select="pm:line(node())[. ne '']"/>
  </xsl:template>

  <xsl:template match="p | ab | l | byline | dateline | opener | closer | signed | trailer" mode="block" as="xs:string?">
    <xsl:sequence select="pm:inline(node())[. ne '']"/>
  </xsl:template>

  <!-- Code: verbatim, only blank lines before and after it left out. -->
  <xsl:template match="ab[@type = 'code']" mode="block" priority="2" as="xs:string?">
    <xsl:variable name="code" as="xs:string" select="string(.) => replace('^([ \t]*\r?\n)+', '') => pm:trim-blank-end()"/>
    <xsl:sequence select="$code[normalize-space(.) ne '']"/>
  </xsl:template>

  <!-- The text without the blank lines at its end, as replace($text, '(\r?\n[ \t]*)+$', '') makes it. That
       expression is tried by Saxon's regex engine at every position of the text, which took 15-35 ms for a
       13,000-character listing; here it reads only the white space at the end, which is all it can remove. -->
  <xsl:function name="pm:trim-blank-end" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="keep" as="xs:integer" select="pm:before-end($text, string-length($text), (' ', '&#9;', '&#13;', '&#10;'))"/>
    <xsl:sequence select="if ($keep eq string-length($text)) then $text
        else substring($text, 1, $keep) || replace(substring($text, $keep + 1), '(\r?\n[ \t]*)+$', '')"/>
  </xsl:function>

  <!-- The length of the text without the run of the characters $chars that ends it, looking back from
       position $at. -->
  <xsl:function name="pm:before-end" as="xs:integer">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="at" as="xs:integer"/>
    <xsl:param name="chars" as="xs:string+"/>
    <xsl:sequence select="if ($at gt 0 and substring($text, $at, 1) = $chars)
        then pm:before-end($text, $at - 1, $chars) else $at"/>
  </xsl:function>

  <xsl:template match="quote" mode="block" as="xs:string?">
    <xsl:variable name="content" as="xs:string*" select="pm:flow(node())"/>
    <xsl:sequence select="pm:quoted(string-join($content, $pm:nl || $pm:nl))[exists($content)]"/>
  </xsl:template>

  <xsl:template match="cit" mode="block" as="xs:string?">
    <xsl:variable name="attribution" select="(bibl, author, ref)[normalize-space(.) ne '']"/>
    <xsl:variable name="content" as="xs:string*" select="(quote ! pm:flow(node()), pm:flow(node() except (quote, $attribution)))"/>
    <xsl:sequence select="string-join((
        pm:quoted(string-join($content, $pm:nl || $pm:nl))[exists($content)],
        (if (exists($attribution)) then '— ' || string-join($attribution ! pm:line(node()), '; ') else ())
      ), $pm:nl)[. ne '']"/>
  </xsl:template>

  <xsl:template match="list" mode="block" as="xs:string?">
    <xsl:param name="indent" as="xs:string" select="''"/>
    <xsl:variable name="ordered" select="@type = 'ordered'"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:sequence select="head ! pm:line(node())[. ne ''] ! ($indent || .)"/>
      <xsl:for-each select="item">
        <xsl:variable name="marker" select="if ($ordered) then position() || '. ' else '- '"/>
        <xsl:variable name="text" select="pm:inline(node() except list)"/>
        <xsl:variable name="text-lines" select="tokenize($text, '\n')"/>
        <xsl:sequence select="$indent || (if ($text eq '') then normalize-space($marker) else $marker || $text-lines[1])"/>
        <xsl:sequence select="tail($text-lines) ! ($indent || replace($marker, '.', ' ') || .)"/>
        <xsl:for-each select="list">
          <xsl:apply-templates select="." mode="block">
            <xsl:with-param name="indent" select="$indent || '  '"/>
          </xsl:apply-templates>
        </xsl:for-each>
      </xsl:for-each>
      <!-- anything else a list may hold, kept -->
      <xsl:sequence select="(* except (head, item)) ! pm:line(.)[. ne ''] ! ($indent || .)"/>
    </xsl:variable>
    <xsl:sequence select="string-join($lines, $pm:nl)[. ne '']"/>
  </xsl:template>

  <xsl:template match="table" mode="block" as="xs:string?">
    <xsl:variable name="lines" as="xs:string*" select="(
        string-join(head ! pm:line(node()), ' ')[. ne ''],
        row ! string-join(cell ! pm:line(node()), ' | ') ! substring(., 1, pm:before-end(., string-length(.), ' '))[. ne ''])"/>
    <xsl:sequence select="string-join($lines, $pm:nl)[. ne '']"/>
  </xsl:template>

  <xsl:template match="figure" mode="block" as="xs:string*">
    <xsl:variable name="caption" select="string-join(head ! pm:line(node()), ' ')"/>
    <xsl:variable name="alt" select="string-join(figDesc ! normalize-space(.), ' ')"/>
    <xsl:variable name="label" select="($caption[. ne ''], $alt[. ne ''])[1]"/>
    <xsl:sequence select="'[Figure' || $label ! (': ' || .) || ']'"/>
    <xsl:sequence select="pm:flow(node() except (graphic, head, figDesc))"/>
  </xsl:template>

  <!-- loose text in a block context -->
  <xsl:template match="text()" mode="block" as="xs:string?">
    <xsl:sequence select="pm:inline(.)[. ne '']"/>
  </xsl:template>

  <!-- An element this stylesheet does not know: its blocks, or its text as a paragraph. -->
  <xsl:template match="*" mode="block" as="xs:string*">
    <xsl:sequence select="if (exists(*[pm:is-block(.)])) then pm:flow(node()) else pm:inline(node())[. ne '']"/>
  </xsl:template>

  <xsl:template match="graphic | figDesc" mode="block"/>

  <!-- ===== inline ===== -->

  <!-- A newline in the text is a space; only lb makes a line break. Tabs and carriage returns need no
       translating: pm:inline collapses them with the spaces. Most text holds no newline, and is passed
       on without the copy that translate makes. -->
  <xsl:template match="text()" mode="inline" as="xs:string">
    <xsl:sequence select="if (contains(., $pm:nl)) then translate(., $pm:nl, ' ') else string(.)"/>
  </xsl:template>

  <xsl:template match="lb" mode="inline" as="xs:string">
    <xsl:sequence select="$pm:nl"/>
  </xsl:template>

  <xsl:template match="graphic | figDesc" mode="inline"/>

  <!-- a block found inside inline content: kept apart from its neighbours by a space -->
  <xsl:template match="*[pm:is-block(.)]" mode="inline">
    <xsl:text> </xsl:text>
    <xsl:apply-templates mode="inline"/>
    <xsl:text> </xsl:text>
  </xsl:template>

</xsl:stylesheet>
