package io.interviews.offer.service;

import io.interviews.documents.PdfFonts;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.interviews.offer.config.OfferConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A letter's Markdown as an HTML page and as a PDF document. Raw HTML in the Markdown is escaped, never passed
 * through (a candidate's name is data); the PDF sets headings, paragraphs, lists and bold text.
 */
@ApplicationScoped
public class LetterDocuments {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final String STYLE = "body{font-family:'Noto Sans','Noto Sans CJK SC','PingFang SC',"
            + "'Microsoft YaHei',sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.55;"
            + "color:#222}h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:1.6rem}";

    private static final float BODY = 10.5f;

    private final PdfFonts fonts;

    LetterDocuments(OfferConfig config) {
        this.fonts = PdfFonts.load(config.pdf().cjkFont());
    }

    public String html(String markdown, String language, String title) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n" + HTML.render(MARKDOWN.parse(markdown))
                + "</body>\n</html>\n";
    }

    public byte[] pdf(String markdown, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 64, 64);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            List<String> texts = new ArrayList<>();
            for (Node block = MARKDOWN.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
                addBlock(document, block, texts);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the letter as PDF", e);
        }
        return out.toByteArray();
    }

    private void addBlock(Document document, Node block, List<String> texts) throws DocumentException {
        if (block instanceof BulletList || block instanceof OrderedList) {
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                Paragraph bulleted = new Paragraph();
                bulleted.setLeading(BODY * 1.45f);
                bulleted.addAll(fonts.phrase("• ", BODY, false));
                appendInline(bulleted, item, BODY, false, texts);
                bulleted.setIndentationLeft(14);
                bulleted.setFirstLineIndent(-10);
                bulleted.setSpacingAfter(3);
                document.add(bulleted);
            }
            return;
        }
        boolean heading = block instanceof Heading;
        float size = heading ? (((Heading) block).getLevel() == 1 ? 17 : 13) : BODY;
        Paragraph paragraph = paragraph(block, size, heading, texts);
        paragraph.setSpacingBefore(heading ? 10 : 0);
        paragraph.setSpacingAfter(heading ? 6 : 8);
        paragraph.setLeading(size * 1.45f);
        document.add(paragraph);
    }

    /** The inline text under {@code node}, each run in its font: bold for headings and strong emphasis. */
    private Paragraph paragraph(Node node, float size, boolean bold, List<String> texts) {
        Paragraph paragraph = new Paragraph();
        paragraph.setLeading(size * 1.45f);
        appendInline(paragraph, node, size, bold, texts);
        return paragraph;
    }

    private void appendInline(Paragraph paragraph, Node node, float size, boolean bold, List<String> texts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                add(paragraph, text.getLiteral(), size, bold, texts);
            } else if (child instanceof Code code) {
                add(paragraph, code.getLiteral(), size, bold, texts);
            } else if (child instanceof SoftLineBreak) {
                // Chinese lines join without a space, Latin ones with one
                add(paragraph, endsWide(texts) ? "" : " ", size, bold, texts);
            } else if (child instanceof HardLineBreak) {
                add(paragraph, "\n", size, bold, texts);
            } else {
                appendInline(paragraph, child, size, bold || child instanceof StrongEmphasis, texts);
            }
        }
    }

    private void add(Paragraph paragraph, String text, float size, boolean bold, List<String> texts) {
        if (text.isEmpty()) {
            return;
        }
        texts.add(text);
        paragraph.addAll(fonts.phrase(text, size, bold));
    }

    /** Whether the text so far ends in a Chinese character or full-width punctuation (。，：）…). */
    private static boolean endsWide(List<String> texts) {
        if (texts.isEmpty()) {
            return false;
        }
        String last = texts.get(texts.size() - 1);
        int c = last.isEmpty() ? ' ' : last.codePointBefore(last.length());
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
