package io.interviews.documents;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fonts for PDF documents that mix Latin and Chinese text. Latin text uses DejaVu Sans when the system has it
 * (else the standard Helvetica); Chinese text uses an embedded CJK font file when one is configured or found in
 * the usual system locations, else the standard Adobe font STSong-Light, which PDF readers supply themselves and
 * which is not embedded ({@link #embedsChinese()} is false: documents say so in a note). Each run of text is set
 * in the first font that has its glyphs.
 */
public final class PdfFonts {

    private static final Logger LOG = Logger.getLogger(PdfFonts.class);

    private static final List<String> SYSTEM_CJK_FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");
    private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private static final String DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    private final BaseFont latin;
    private final BaseFont latinBold;
    private final BaseFont chinese;
    private final boolean embedsChinese;

    private PdfFonts(BaseFont latin, BaseFont latinBold, BaseFont chinese, boolean embedsChinese) {
        this.latin = latin;
        this.latinBold = latinBold;
        this.chinese = chinese;
        this.embedsChinese = embedsChinese;
    }

    /** @param cjkFont a configured font file, tried before the system locations */
    public static PdfFonts load(Optional<String> cjkFont) {
        List<String> cjkCandidates = new ArrayList<>();
        cjkFont.ifPresent(cjkCandidates::add);
        cjkCandidates.addAll(SYSTEM_CJK_FONTS);
        BaseFont chinese = null;
        for (String candidate : cjkCandidates) {
            chinese = embedded(candidate).orElse(null);
            if (chinese != null) {
                break;
            }
        }
        boolean embedsChinese = chinese != null;
        if (!embedsChinese) {
            chinese = standard("STSong-Light", "UniGB-UCS2-H");
        }
        BaseFont latin = embedded(DEJAVU).orElseGet(() -> standard(BaseFont.HELVETICA, BaseFont.WINANSI));
        BaseFont latinBold = embedded(DEJAVU_BOLD).orElseGet(() -> standard(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI));
        return new PdfFonts(latin, latinBold, chinese, embedsChinese);
    }

    /** {@code text} as a phrase whose runs are each set in a font that has their glyphs. */
    public Phrase phrase(String text, float size, boolean bold) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(bold ? latinBold : latin, size));
        selector.addFont(new Font(chinese, size));
        return selector.process(text == null ? "" : text);
    }

    /** False when Chinese text relies on the reader's own copy of STSong-Light. */
    public boolean embedsChinese() {
        return embedsChinese;
    }

    public static boolean containsChinese(String text) {
        return text != null
                && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Optional<BaseFont> embedded(String location) {
        String file = location.contains(",") ? location.substring(0, location.lastIndexOf(',')) : location;
        if (!Files.isReadable(Path.of(file))) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
        } catch (Exception e) {
            LOG.warnf("Cannot use font %s in PDF documents: %s", location, e.getMessage());
            return Optional.empty();
        }
    }

    private static BaseFont standard(String name, String encoding) {
        try {
            return BaseFont.createFont(name, encoding, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("standard PDF font " + name + " is missing from OpenPDF", e);
        }
    }
}
